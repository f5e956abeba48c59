package dev.kafkaplayground.processor;

import java.time.Instant;
import java.util.Arrays;
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
import dev.kafkaplayground.events.json.EventJson;

/** Valid store events for tests, and their JSON as a producer would send it. */
public final class StoreEvents {

	private StoreEvents() {
	}

	public static GamePageViewed pageView(String sessionId, Instant at) {
		return new GamePageViewed(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.WEB, "US", "game-1",
				ViewSource.BROWSE, null);
	}

	public static WishlistAction wishlistAdd(String sessionId, Instant at) {
		return new WishlistAction(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.DESKTOP, "DE",
				"game-2", ItemAction.ADD);
	}

	public static CartAction cartAdd(String sessionId, Instant at) {
		return new CartAction(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.MOBILE, "FR", "game-3",
				ItemAction.ADD, 1999);
	}

	/** A view of a game's page reached from a search result. */
	public static GamePageViewed searchResultView(String sessionId, Instant at, String searchId, String gameId) {
		return new GamePageViewed(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.WEB, "US", gameId,
				ViewSource.SEARCH, searchId);
	}

	public static CartAction cartAdd(String sessionId, Instant at, String gameId) {
		return new CartAction(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.MOBILE, "FR", gameId,
				ItemAction.ADD, 1999);
	}

	public static CartAction cartRemove(String sessionId, Instant at, String gameId) {
		return new CartAction(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.MOBILE, "FR", gameId,
				ItemAction.REMOVE, 1999);
	}

	/** A search with this id, finding {@code resultCount} games. */
	public static SearchPerformed search(String sessionId, Instant at, String searchId, int resultCount) {
		return new SearchPerformed(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.WEB, "US", searchId,
				"space", resultCount, (resultCount > 0) ? List.of("game-4") : List.of());
	}

	public static SearchPerformed search(String sessionId, Instant at) {
		return new SearchPerformed(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.WEB, "US",
				"search-" + UUID.randomUUID(), "space", 1, List.of("game-4"));
	}

	/** A purchase of one item per price, its total the sum of the prices. */
	public static Purchase purchase(String sessionId, Instant at, int... itemPricesCents) {
		List<Purchase.Item> items = Arrays.stream(itemPricesCents)
			.mapToObj((price) -> new Purchase.Item("game-" + price, price))
			.toList();
		long total = Arrays.stream(itemPricesCents).asLongStream().sum();
		return new Purchase(UUID.randomUUID(), at, sessionId, "user-" + sessionId, Platform.WEB, "US",
				"order-" + UUID.randomUUID(), items, total, Purchase.USD, PaymentMethod.CARD);
	}

	public static byte[] json(StoreEvent event) {
		return EventJson.mapper().writerFor(StoreEvent.class).writeValueAsBytes(event);
	}

}
