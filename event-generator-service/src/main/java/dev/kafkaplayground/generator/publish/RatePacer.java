package dev.kafkaplayground.generator.publish;

/**
 * Turns elapsed time into a whole number of events due at a steady rate, carrying
 * fractions over so that the long-run rate is exact. A pause longer than
 * {@code maxCatchUpNanos} is not made up for: after a stall the generator resumes its
 * rate instead of bursting.
 */
final class RatePacer {

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private final double eventsPerSecond;

	private final long maxCatchUpNanos;

	private long creditedNanos;

	private long handedOut;

	RatePacer(double eventsPerSecond, long maxCatchUpNanos) {
		this.eventsPerSecond = eventsPerSecond;
		this.maxCatchUpNanos = maxCatchUpNanos;
	}

	/** Events due after {@code elapsedNanos} more nanoseconds. */
	int due(long elapsedNanos) {
		this.creditedNanos += Math.min(Math.max(elapsedNanos, 0), this.maxCatchUpNanos);
		// the tiny epsilon absorbs binary rounding of rates like 0.1 events/s
		long dueSoFar = (long) Math.floor(this.creditedNanos / NANOS_PER_SECOND * this.eventsPerSecond + 1e-9);
		int due = (int) (dueSoFar - this.handedOut);
		this.handedOut = dueSoFar;
		return due;
	}

}
