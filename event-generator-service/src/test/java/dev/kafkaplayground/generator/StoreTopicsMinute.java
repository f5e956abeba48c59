package dev.kafkaplayground.generator;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/** One minute of the store topics, counted by the test from the records themselves. */
final class StoreTopicsMinute {

	final long[] funnel = new long[4];

	long duplicates;

	long poisonPills;

	private final Map<EventType, Long> events = new EnumMap<>(EventType.class);

	private final Map<String, GameActivity> games = new HashMap<>();

	private long revenueCents;

	private long orders;

	/** The funnel stage (0 view, 1 wishlist add, 2 cart add, 3 purchase) or -1. */
	static int stage(StoreEvent event) {
		if (event instanceof GamePageViewed) {
			return 0;
		}
		if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			return 1;
		}
		if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			return 2;
		}
		return (event instanceof Purchase) ? 3 : -1;
	}

	void count(StoreEvent event) {
		this.events.merge(event.eventType(), 1L, Long::sum);
		if (event instanceof GamePageViewed view) {
			game(view.gameId(), new GameActivity(1, 0, 0, 0, 0));
		}
		else if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			game(wishlist.gameId(), new GameActivity(0, 1, 0, 0, 0));
		}
		else if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			game(cart.gameId(), new GameActivity(0, 0, 1, 0, 0));
		}
		else if (event instanceof Purchase purchase) {
			this.orders++;
			this.revenueCents += purchase.totalCents();
			purchase.items().forEach((item) -> game(item.gameId(), new GameActivity(0, 0, 0, 1, item.priceCents())));
		}
	}

	MinuteTruth toTruth(Instant start) {
		return new MinuteTruth(start, start.plusSeconds(60), true, WindowMetrics.eventCounts(this.events),
				this.revenueCents, this.orders, this.games,
				new Funnel(this.funnel[0], this.funnel[1], this.funnel[2], this.funnel[3]), 0, this.duplicates,
				this.poisonPills);
	}

	private void game(String gameId, GameActivity activity) {
		this.games.merge(gameId, activity, GameActivity::plus);
	}

}
