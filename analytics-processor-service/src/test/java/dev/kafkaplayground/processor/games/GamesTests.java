package dev.kafkaplayground.processor.games;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.metrics.GameActivity;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static dev.kafkaplayground.processor.StoreEvents.wishlistAdd;
import static org.assertj.core.api.Assertions.assertThat;

class GamesTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	@Test
	void shouldCountViewsWishlistAndCartAddsForTheirGame() {
		assertThat(Games.of(pageView("s-1", AT)).byGame()).containsExactly(entry("game-1", 1, 0, 0, 0, 0));
		assertThat(Games.of(wishlistAdd("s-1", AT)).byGame()).containsExactly(entry("game-2", 0, 1, 0, 0, 0));
		assertThat(Games.of(cartAdd("s-1", AT)).byGame()).containsExactly(entry("game-3", 0, 0, 1, 0, 0));
	}

	@Test
	void shouldCountAPurchaseAndThePricePaidForEachItemsGame() {
		assertThat(Games.of(purchase("s-1", AT, 1999, 2999)).byGame())
			.containsOnly(entry("game-1999", 0, 0, 0, 1, 1999), entry("game-2999", 0, 0, 0, 1, 2999));
	}

	@Test
	void shouldCountNothingForRemovalsAndSearches() {
		assertThat(Games.of(new WishlistAction(UUID.randomUUID(), AT, "s-1", "u-1", Platform.WEB, "US", "game-2",
				ItemAction.REMOVE)))
			.isEqualTo(Games.NONE);
		assertThat(Games.of(new CartAction(UUID.randomUUID(), AT, "s-1", "u-1", Platform.WEB, "US", "game-3",
				ItemAction.REMOVE, 1999)))
			.isEqualTo(Games.NONE);
		assertThat(Games.of(search("s-1", AT))).isEqualTo(Games.NONE);
	}

	@Test
	void shouldAddPerGameInAnyGrouping() {
		Games a = Games.of(pageView("s-1", AT));
		Games b = Games.of(pageView("s-2", AT));
		Games c = Games.of(purchase("s-1", AT, 1));

		assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
		assertThat(a.plus(b).byGame()).containsExactly(entry("game-1", 2, 0, 0, 0, 0));
		assertThat(Games.NONE.plus(a)).isEqualTo(a);
	}

	private static Map.Entry<String, GameActivity> entry(String gameId, long views, long wishlistAdds, long cartAdds,
			long purchases, long revenueCents) {
		return Map.entry(gameId, new GameActivity(views, wishlistAdds, cartAdds, purchases, revenueCents));
	}

}
