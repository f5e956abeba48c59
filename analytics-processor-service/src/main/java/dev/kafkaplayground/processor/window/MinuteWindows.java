package dev.kafkaplayground.processor.window;

import java.time.Duration;

/**
 * The contract's tumbling event-time windows: {@code [start, start + 1 minute)}, end
 * exclusive. A window is closed once stream time reaches its end plus grace, as in Kafka
 * Streams' own windowed aggregations.
 *
 * @param grace how long after its end a window still accepts out-of-order events
 */
record MinuteWindows(Duration grace) {

	/** Fixed by the metrics contract. */
	static final Duration SIZE = Duration.ofMinutes(1);

	private static final long SIZE_MS = SIZE.toMillis();

	long startOf(long timestampMs) {
		return timestampMs - Math.floorMod(timestampMs, SIZE_MS);
	}

	long endOf(long startMs) {
		return startMs + SIZE_MS;
	}

	boolean isClosed(long startMs, long streamTimeMs) {
		return endOf(startMs) + this.grace.toMillis() <= streamTimeMs;
	}

}
