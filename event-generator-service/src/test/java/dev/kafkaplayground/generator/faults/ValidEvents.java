package dev.kafkaplayground.generator.faults;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;

/**
 * Valid events of all five types, including the edge cases of their rules (a free game, a
 * search without results, a one-letter query, a user id equal to the session id), all
 * happening at {@link #NOW}.
 */
final class ValidEvents {

	static final Instant NOW = Instant.parse("2026-11-24T15:41:31.120Z");

	private ValidEvents() {
	}

	static List<StoreEvent> all() {
		return List.of(
				new GamePageViewed(id(1), NOW, "s-1", "u-1", Platform.WEB, "US", "g-001", ViewSource.SEARCH, "q-1"),
				new GamePageViewed(id(2), NOW, "s-2", "u-2", Platform.MOBILE, "DE", "g-002", ViewSource.BROWSE, null),
				new WishlistAction(id(3), NOW, "s-3", "u-3", Platform.DESKTOP, "FR", "g-003", ItemAction.ADD),
				new WishlistAction(id(4), NOW, "same", "same", Platform.WEB, "CA", "g-004", ItemAction.REMOVE),
				new CartAction(id(5), NOW, "s-5", "u-5", Platform.WEB, "GB", "g-005", ItemAction.ADD, 1999),
				new CartAction(id(6), NOW, "s-6", "u-6", Platform.MOBILE, "IN", "g-006", ItemAction.REMOVE, 0),
				new Purchase(id(7), NOW, "s-7", "u-7", Platform.WEB, "JP", "o-7",
						List.of(new Purchase.Item("g-004", 1999), new Purchase.Item("g-005", 499)), 2498, Purchase.USD,
						PaymentMethod.GIFT_CARD),
				new Purchase(id(8), NOW, "s-8", "u-8", Platform.DESKTOP, "AU", "o-8",
						List.of(new Purchase.Item("g-120", 0)), 0, Purchase.USD, PaymentMethod.CARD),
				new SearchPerformed(id(9), NOW, "s-9", "u-9", Platform.WEB, "BR", "q-9", "space racing", 2,
						List.of("g-001", "g-007")),
				new SearchPerformed(id(10), NOW, "s-10", "u-10", Platform.MOBILE, "MX", "q-10", "z", 0, List.of()));
	}

	private static UUID id(int n) {
		return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
	}

}
