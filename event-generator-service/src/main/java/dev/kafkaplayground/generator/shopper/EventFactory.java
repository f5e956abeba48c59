package dev.kafkaplayground.generator.shopper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.json.EventTime;

/**
 * Builds events with their envelope: a fresh {@code eventId} drawn from the simulation's
 * random source (so a seed reproduces it), {@code occurredAt} from the wall clock (event
 * time is real time, whatever the simulated hour), and the session's identity.
 */
final class EventFactory {

	private final RandomGenerator random;

	private final Clock clock;

	EventFactory(RandomGenerator random, Clock clock) {
		this.random = random;
		this.clock = clock;
	}

	GamePageViewed view(ShopperSession session, String gameId, ViewSource source, String searchId) {
		return new GamePageViewed(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, source, searchId);
	}

	WishlistAction wishlist(ShopperSession session, String gameId, ItemAction action) {
		return new WishlistAction(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, action);
	}

	CartAction cart(ShopperSession session, String gameId, ItemAction action, int priceCents) {
		return new CartAction(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, action, priceCents);
	}

	Purchase purchase(ShopperSession session, List<Purchase.Item> items, PaymentMethod method) {
		long total = 0;
		for (Purchase.Item item : items) {
			total += item.priceCents();
		}
		return new Purchase(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				id("o-"), items, total, Purchase.USD, method);
	}

	SearchPerformed search(ShopperSession session, String searchId, String query, int resultCount,
			List<String> resultGameIds) {
		return new SearchPerformed(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				searchId, query, resultCount, resultGameIds);
	}

	/** A reproducible identifier such as {@code s-<uuid>}. */
	String id(String prefix) {
		return prefix + uuid();
	}

	private Instant now() {
		return EventTime.truncate(this.clock.instant());
	}

	/** A version 4 UUID drawn from the simulation's random source. */
	private UUID uuid() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

}
