package dev.kafkaplayground.processor.window;

import java.time.Instant;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;

/**
 * The additive figures of some events, section by section: one event's delta on the
 * repartition topic, or a whole window's running total in the store. Each section adds
 * associatively, so the tally does too, and per-task pre-aggregation before the shuffle
 * cannot change the result.
 *
 * @param traffic events per type, revenue and orders
 * @param games activity per game
 */
record Tally(Traffic traffic, Games games) {

	Tally {
		// a delta or store entry written by an older version has no such section
		traffic = (traffic != null) ? traffic : Traffic.NONE;
		games = (games != null) ? games : Games.NONE;
	}

	static Tally of(StoreEvent event) {
		return new Tally(Traffic.of(event), Games.of(event));
	}

	Tally plus(Tally other) {
		return new Tally(this.traffic.plus(other.traffic), this.games.plus(other.games));
	}

	WindowMetrics toMetrics(Instant windowStart, Instant windowEnd, boolean isFinal, Instant updatedAt) {
		return new WindowMetrics(windowStart, windowEnd, isFinal, updatedAt,
				WindowMetrics.eventCounts(this.traffic.events()), this.traffic.revenueCents(), this.traffic.orders(),
				this.games.byGame());
	}

}
