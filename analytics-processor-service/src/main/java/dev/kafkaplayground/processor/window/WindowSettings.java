package dev.kafkaplayground.processor.window;

import java.time.Duration;

/**
 * How the window aggregation treats time.
 *
 * @param grace how long after its end a window still accepts out-of-order events
 * @param emitInterval wall-clock time between update records of open windows
 * @param stalledTaskTimeout wall-clock time after which an input task that handed over
 * nothing no longer holds windows open
 * @param inputTasks input tasks the aggregation hears from: the store topics' partitions.
 * With no memory of them (a first start, or state wiped after a reset), windows stay open
 * until that many have been heard of, or for {@code stalledTaskTimeout}
 */
public record WindowSettings(Duration grace, Duration emitInterval, Duration stalledTaskTimeout, int inputTasks) {

	public WindowSettings {
		if (grace == null || grace.isNegative()) {
			throw new IllegalArgumentException("grace must be zero or positive but was " + grace);
		}
		if (emitInterval == null || emitInterval.isNegative() || emitInterval.isZero()) {
			throw new IllegalArgumentException("emitInterval must be positive but was " + emitInterval);
		}
		if (stalledTaskTimeout == null || stalledTaskTimeout.isNegative() || stalledTaskTimeout.isZero()) {
			throw new IllegalArgumentException("stalledTaskTimeout must be positive but was " + stalledTaskTimeout);
		}
		if (inputTasks < 1) {
			throw new IllegalArgumentException("inputTasks must be at least 1 but was " + inputTasks);
		}
	}

	/**
	 * Wall-clock time between two hand-overs of an input task's pending figures to the
	 * window aggregation: half the emit interval. An event waits for its task's next
	 * hand-over, then for the window's next update, so it reaches the metrics within
	 * about 1.5 emit intervals (plus two exactly-once commits) instead of 2.
	 */
	public Duration handOverInterval() {
		return this.emitInterval.dividedBy(2);
	}

}
