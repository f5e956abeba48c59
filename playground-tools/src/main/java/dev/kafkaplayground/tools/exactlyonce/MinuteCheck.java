package dev.kafkaplayground.tools.exactlyonce;

import java.time.Instant;
import java.util.List;

import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * One row of the comparison: a minute with final ground truth and, unless it is missing,
 * the processor's final window.
 *
 * @param minute the minute's start
 * @param truth the ground truth
 * @param computed the processor's latest final record, or null if it wrote none although
 * later windows are final
 * @param lateDropped {@code late.dropped} reported in this window (events of earlier
 * minutes)
 * @param publishedAgain whether the window has several final records with the same
 * figures: published again by a replay after a reset of the processor's application
 * @param games whether the per-game figures are equal
 * @param funnel whether the funnel is equal
 * @param verdict the outcome
 * @param problems what differs, empty unless {@link Verdict#DIFFERENT}
 */
public record MinuteCheck(Instant minute, MinuteTruth truth, ComputedWindow computed, long lateDropped,
		boolean publishedAgain, Match games, Match funnel, Verdict verdict, List<String> problems) {

	public MinuteCheck {
		problems = List.copyOf(problems);
	}

	/** Events produced in the minute but not counted in its window. */
	public long missingEvents() {
		return this.truth.totalEvents() - computedEvents();
	}

	public long computedEvents() {
		return (this.computed != null) ? this.computed.metrics().totalEvents() : 0;
	}

	public long computedRevenueCents() {
		return (this.computed != null) ? this.computed.metrics().revenueCents() : 0;
	}

	public long computedOrders() {
		return (this.computed != null) ? this.computed.metrics().orders() : 0;
	}

}
