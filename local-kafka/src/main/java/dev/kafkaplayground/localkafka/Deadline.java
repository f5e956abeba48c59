package dev.kafkaplayground.localkafka;

import java.time.Duration;

/**
 * A point in time that every wait of one run must end by.
 */
final class Deadline {

	private final long endNanos;

	private final long startNanos;

	private Deadline(long startNanos, Duration timeout) {
		this.startNanos = startNanos;
		this.endNanos = startNanos + timeout.toNanos();
	}

	static Deadline after(Duration timeout) {
		return new Deadline(System.nanoTime(), timeout);
	}

	Duration remaining() {
		long left = this.endNanos - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	boolean isExpired() {
		return remaining().isZero();
	}

	/** The time left, capped, in whole milliseconds and at least one. */
	int remainingMillis(Duration cap) {
		long millis = Math.min(remaining().toMillis(), cap.toMillis());
		return (int) Math.max(1, millis);
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

}
