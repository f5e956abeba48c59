package dev.kafkaplayground.processor.games;

import java.util.Map;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.metrics.GameActivity;

/**
 * The games section of some events: the metrics record's {@code games}. A page view, a
 * wishlist add and a cart add count for their game; a purchase counts one purchase and
 * the price paid for each of its items' games. Removals and searches count nothing here.
 *
 * @param byGame activity per game id, only games with any
 */
public record Games(Map<String, GameActivity> byGame) {

	public static final Games NONE = new Games(Map.of());

	public Games {
		byGame = (byGame != null) ? Map.copyOf(byGame) : Map.of();
	}

	/** One event's contribution. */
	public static Games of(StoreEvent event) {
		if (event instanceof GamePageViewed view) {
			return new Games(Map.of(view.gameId(), new GameActivity(1, 0, 0, 0, 0)));
		}
		if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			return new Games(Map.of(wishlist.gameId(), new GameActivity(0, 1, 0, 0, 0)));
		}
		if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			return new Games(Map.of(cart.gameId(), new GameActivity(0, 0, 1, 0, 0)));
		}
		if (event instanceof Purchase purchase) {
			Map<String, GameActivity> bought = Map.of();
			for (Purchase.Item item : purchase.items()) {
				bought = GameActivity.sum(bought,
						Map.of(item.gameId(), new GameActivity(0, 0, 0, 1, item.priceCents())));
			}
			return new Games(bought);
		}
		return NONE;
	}

	public Games plus(Games other) {
		if (other.byGame.isEmpty()) {
			return this;
		}
		return new Games(GameActivity.sum(this.byGame, other.byGame));
	}

}
