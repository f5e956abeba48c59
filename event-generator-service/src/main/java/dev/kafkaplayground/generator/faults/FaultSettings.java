package dev.kafkaplayground.generator.faults;

import java.time.Duration;

/**
 * The fault knobs, all off by default.
 *
 * @param lateFraction share of valid events held back and sent {@code lateDelay} later,
 * keeping their {@code occurredAt}
 * @param lateDelay how long late events are held back
 * @param poisonFraction invalid records sent per valid event
 * @param duplicateFraction share of valid events sent a second time, same bytes
 */
public record FaultSettings(double lateFraction, Duration lateDelay, double poisonFraction, double duplicateFraction) {

	/** The longest delay a late event may be held back. */
	public static final Duration MAX_LATE_DELAY = Duration.ofMinutes(30);

	public static final FaultSettings NONE = new FaultSettings(0, Duration.ofSeconds(45), 0, 0);

	public FaultSettings {
		fraction("lateFraction", lateFraction);
		fraction("poisonFraction", poisonFraction);
		fraction("duplicateFraction", duplicateFraction);
		if (lateDelay == null || lateDelay.isNegative() || lateDelay.compareTo(MAX_LATE_DELAY) > 0) {
			throw new IllegalArgumentException(
					"lateDelay must be between PT0S and " + MAX_LATE_DELAY + " but was " + lateDelay);
		}
	}

	private static void fraction(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
		}
	}

}
