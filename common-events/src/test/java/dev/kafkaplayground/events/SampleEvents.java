package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One valid event of each type, for tests.
 */
public final class SampleEvents {

	public static final Instant AT = Instant.parse("2026-11-24T15:41:31.120Z");

	public static final String SESSION = "s-1";

	private SampleEvents() {
	}

	public static GamePageViewed viewFromSearch() {
		return new GamePageViewed(id(1), AT, SESSION, "u-1", Platform.WEB, "US", "g-001", ViewSource.SEARCH, "q-1");
	}

	public static GamePageViewed viewFromBrowse() {
		return new GamePageViewed(id(2), AT, SESSION, "u-1", Platform.MOBILE, "DE", "g-002", ViewSource.BROWSE, null);
	}

	public static WishlistAction wishlistAdd() {
		return new WishlistAction(id(3), AT, SESSION, "u-1", Platform.DESKTOP, "FR", "g-003", ItemAction.ADD);
	}

	public static CartAction cartAdd() {
		return new CartAction(id(4), AT, SESSION, "u-1", Platform.WEB, "GB", "g-004", ItemAction.ADD, 1999);
	}

	public static Purchase purchase() {
		return new Purchase(id(5), AT, SESSION, "u-1", Platform.WEB, "JP", "o-1",
				List.of(new Purchase.Item("g-004", 1999), new Purchase.Item("g-005", 499)), 2498, Purchase.USD,
				PaymentMethod.GIFT_CARD);
	}

	public static SearchPerformed search() {
		return new SearchPerformed(id(6), AT, SESSION, "u-1", Platform.WEB, "BR", "q-1", "space racing", 2,
				List.of("g-001", "g-007"));
	}

	public static List<StoreEvent> oneOfEach() {
		return List.of(viewFromSearch(), wishlistAdd(), cartAdd(), purchase(), search());
	}

	private static UUID id(int n) {
		return UUID.fromString("00000000-0000-4000-8000-00000000000" + n);
	}

}
