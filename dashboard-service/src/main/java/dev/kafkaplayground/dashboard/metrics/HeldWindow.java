package dev.kafkaplayground.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * A window as the dashboard holds and serves it: in JSON, every field of its
 * {@code WindowMetrics} record as on {@code analytics.metrics}, then {@code rebuilt}.
 *
 * @param metrics the window's record the dashboard holds
 * @param rebuilt whether the processor published the window's final record again, from a
 * later run (a replay after its application was reset), after the dashboard had one:
 * {@code metrics} is then the later final record
 */
public record HeldWindow(@JsonUnwrapped WindowMetrics metrics, boolean rebuilt) {

	/** A record as read from the topic. */
	public static HeldWindow read(WindowMetrics metrics) {
		return new HeldWindow(metrics, false);
	}

}
