package dev.kafkaplayground.processor.window;

import java.time.Instant;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Funnel;
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
 * @param funnel sessions reaching each funnel stage for the first time
 * @param games activity per game
 */
public record Tally(Traffic traffic, Funnel funnel, Games games) {

	public Tally {
		// a delta or store entry written by an older version has no such section
		traffic = (traffic != null) ? traffic : Traffic.NONE;
		funnel = (funnel != null) ? funnel : Funnel.EMPTY;
		games = (games != null) ? games : Games.NONE;
	}

	/**
	 * One event's figures: its traffic and games sections, and the funnel stages the
	 * session reached with it (which only the session's state can tell).
	 */
	public static Tally of(StoreEvent event, Funnel funnel) {
		return new Tally(Traffic.of(event), funnel, Games.of(event));
	}

	Tally plus(Tally other) {
		return new Tally(this.traffic.plus(other.traffic), this.funnel.plus(other.funnel),
				this.games.plus(other.games));
	}

	/** The same figures without the per-game ones. */
	Tally withoutGames() {
		return new Tally(this.traffic, this.funnel, Games.NONE);
	}

	WindowMetrics toMetrics(Instant windowStart, Instant windowEnd, boolean isFinal, Instant updatedAt) {
		return new WindowMetrics(windowStart, windowEnd, isFinal, updatedAt,
				WindowMetrics.eventCounts(this.traffic.events()), this.traffic.revenueCents(), this.traffic.orders(),
				this.funnel, this.games.byGame());
	}

}
