package dev.kafkaplayground.generator.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * Turns elapsed wall-clock time into a whole number of events due at a rate that may
 * change on every call, carrying fractions over so that the long-run count is exact.
 * <p>
 * While the rate stays the same, the pacer counts the nanoseconds since the rate was set
 * as a {@code long} and derives the events due so far from that total, so rounding does
 * not add up however long it runs; when the rate changes, the fraction of an event still
 * owed is carried into the new rate's count.
 * <p>
 * A stall longer than {@code maxCatchUp} is not made up for: after a pause the generator
 * resumes its rate instead of bursting. Not thread-safe: the publishing thread owns it.
 */
public final class Pacer {

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	// absorbs binary rounding of rates like 0.1 events/s, so that an event due at exactly
	// 10 s is not handed out a call late
	private static final double ROUNDING_TOLERANCE = 1e-9;

	// half the range of a long: adding one more capped span to the count cannot overflow
	private static final long MAX_NANOS_AT_RATE = Long.MAX_VALUE / 2;

	private final long maxCatchUpNanos;

	private double eventsPerSecond;

	private double carried;

	private long nanosAtRate;

	private long handedOutAtRate;

	/**
	 * A pacer that makes up for at most {@code maxCatchUp} of elapsed time per call.
	 * @param maxCatchUp the longest elapsed time a call accounts for, greater than 0
	 */
	public Pacer(Duration maxCatchUp) {
		Objects.requireNonNull(maxCatchUp, "maxCatchUp must not be null");
		if (maxCatchUp.isNegative() || maxCatchUp.isZero()) {
			throw new IllegalArgumentException("maxCatchUp must be greater than 0 but was " + maxCatchUp);
		}
		this.maxCatchUpNanos = Math.min(toNanosSaturated(maxCatchUp), MAX_NANOS_AT_RATE);
	}

	/**
	 * The events due after {@code elapsedNanos} more nanoseconds at
	 * {@code eventsPerSecond}.
	 * @param elapsedNanos wall-clock time since the previous call; negative counts as 0,
	 * more than {@code maxCatchUp} counts as {@code maxCatchUp}
	 * @param eventsPerSecond the rate during that time, finite and at least 0
	 * @return the whole number of events due now, at most {@link Integer#MAX_VALUE} (what
	 * a single call owes beyond that is dropped rather than owed for ever)
	 */
	public int due(long elapsedNanos, double eventsPerSecond) {
		if (!(eventsPerSecond >= 0 && eventsPerSecond < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("event rate must be a finite number ≥ 0 but was " + eventsPerSecond);
		}
		if (eventsPerSecond != this.eventsPerSecond || this.nanosAtRate > MAX_NANOS_AT_RATE) {
			startCounting(eventsPerSecond);
		}
		this.nanosAtRate += Math.min(Math.max(elapsedNanos, 0), this.maxCatchUpNanos);
		long dueSoFar = (long) Math.floor(owedAtRate() + ROUNDING_TOLERANCE);
		long due = dueSoFar - this.handedOutAtRate;
		this.handedOutAtRate = dueSoFar;
		return (int) Math.min(Math.max(due, 0), Integer.MAX_VALUE);
	}

	private void startCounting(double eventsPerSecond) {
		double owed = owedAtRate();
		// only the fraction that the last call left over: what a capped call
		// dropped stays dropped
		this.carried = owed - Math.floor(owed + ROUNDING_TOLERANCE);
		this.eventsPerSecond = eventsPerSecond;
		this.nanosAtRate = 0;
		this.handedOutAtRate = 0;
	}

	private double owedAtRate() {
		// multiply before dividing: 10 s × 0.1/s comes out as exactly 1
		return this.carried + this.nanosAtRate * this.eventsPerSecond / NANOS_PER_SECOND;
	}

	private static long toNanosSaturated(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
