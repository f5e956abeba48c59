package dev.kafkaplayground.generator.truth;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
import dev.kafkaplayground.generator.shopper.Generated;

/**
 * The running figures of one minute, and how many of its records are still on their way
 * (sent or held back, not yet acknowledged or failed). Not thread-safe: the ledger guards
 * it.
 */
public final class MinuteTally {

	private static final int VIEWS = 0;

	private static final int WISHLIST_ADDS = 1;

	private static final int CART_ADDS = 2;

	private static final int PURCHASES = 3;

	private static final int REVENUE = 4;

	private final Instant start;

	private final long[] events = new long[EventType.values().length];

	private final Map<String, long[]> games = new HashMap<>();

	private final long[] funnel = new long[4];

	private long revenueCents;

	private long orders;

	private long late;

	private long duplicates;

	private long poisonPills;

	private boolean changed;

	MinuteTally(Instant start) {
		this.start = start;
	}

	/** Records counted (by the publishing thread, under the ledger's lock). */
	private long sent;

	/**
	 * Records acknowledged or failed, counted by the producer's I/O thread alone: a
	 * counter of its own, so that the two threads never write the same memory per record.
	 */
	private final AtomicLong completed = new AtomicLong();

	/**
	 * Counts a valid event ({@code sign} 1) or takes it out again ({@code sign} -1, when
	 * it could not be sent).
	 */
	void count(Generated generated, boolean wasLate, int sign) {
		this.changed = true;
		StoreEvent event = generated.event();
		this.events[event.eventType().ordinal()] += sign;
		if (wasLate) {
			this.late += sign;
		}
		Funnel firsts = generated.firsts();
		if (firsts != Funnel.EMPTY) {
			this.funnel[0] += sign * firsts.viewed();
			this.funnel[1] += sign * firsts.wishlisted();
			this.funnel[2] += sign * firsts.carted();
			this.funnel[3] += sign * firsts.purchased();
		}
		if (event instanceof GamePageViewed view) {
			game(view.gameId())[VIEWS] += sign;
		}
		else if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			game(wishlist.gameId())[WISHLIST_ADDS] += sign;
		}
		else if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			game(cart.gameId())[CART_ADDS] += sign;
		}
		else if (event instanceof Purchase purchase) {
			this.orders += sign;
			this.revenueCents += sign * purchase.totalCents();
			for (Purchase.Item item : purchase.items()) {
				long[] game = game(item.gameId());
				game[PURCHASES] += sign;
				game[REVENUE] += sign * item.priceCents();
			}
		}
	}

	void countDuplicate(int sign) {
		this.duplicates += sign;
		this.changed = true;
	}

	void countPoisonPill(int sign) {
		this.poisonPills += sign;
		this.changed = true;
	}

	/** One more record of this minute is on its way. */
	void sending() {
		this.sent++;
	}

	/** A record of this minute is acknowledged or failed: no longer on its way. */
	void done() {
		this.completed.incrementAndGet();
	}

	boolean isSettled() {
		return this.completed.get() == this.sent;
	}

	/** Whether anything changed since the last {@link #snapshot}. */
	boolean hasChanged() {
		return this.changed;
	}

	MinuteTruth snapshot(boolean isFinal) {
		this.changed = false;
		Map<EventType, Long> counts = new HashMap<>();
		for (EventType type : EventType.values()) {
			counts.put(type, this.events[type.ordinal()]);
		}
		Map<String, GameActivity> activity = new HashMap<>();
		this.games.forEach((gameId, c) -> {
			GameActivity game = new GameActivity(c[VIEWS], c[WISHLIST_ADDS], c[CART_ADDS], c[PURCHASES], c[REVENUE]);
			// a game whose only activity failed to send has none
			if (!game.equals(GameActivity.EMPTY)) {
				activity.put(gameId, game);
			}
		});
		return new MinuteTruth(this.start, this.start.plusSeconds(60), isFinal, WindowMetrics.eventCounts(counts),
				this.revenueCents, this.orders, activity,
				new Funnel(this.funnel[0], this.funnel[1], this.funnel[2], this.funnel[3]), this.late, this.duplicates,
				this.poisonPills);
	}

	private long[] game(String gameId) {
		return this.games.computeIfAbsent(gameId, (id) -> new long[5]);
	}

}
