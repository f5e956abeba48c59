package dev.kafkaplayground.events.metrics;

/**
 * Events that arrived after their window had closed: counted here, in the window that was
 * open at the time (the one holding the aggregation's stream time), and nowhere else.
 * Summed over a range of windows it is how many events the figures of earlier windows are
 * missing.
 *
 * @param dropped events dropped as later than the grace period
 */
public record Late(long dropped) {

	public static final Late NONE = new Late(0);

	public Late plus(Late other) {
		return new Late(this.dropped + other.dropped);
	}

}
