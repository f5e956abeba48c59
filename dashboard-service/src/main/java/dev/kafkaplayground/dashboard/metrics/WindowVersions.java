package dev.kafkaplayground.dashboard.metrics;

import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * Which of two records of the same window to keep. The processor publishes a window's
 * updates and then its final record in order, but the dashboard can see older versions
 * again (a re-read after a rebalance, a snapshot racing with live updates), so the choice
 * must not depend on arrival order alone.
 */
public final class WindowVersions {

	private WindowVersions() {
	}

	/**
	 * Whether {@code candidate} should replace {@code current}: a final record is never
	 * replaced by a non-final one, and an older publication never replaces a newer one.
	 * Equal publication times go to the candidate, the later arrival.
	 */
	public static boolean supersedes(WindowMetrics candidate, WindowMetrics current) {
		if (current.isFinal() && !candidate.isFinal()) {
			return false;
		}
		if (candidate.isFinal() && !current.isFinal()) {
			return true;
		}
		return !candidate.updatedAt().isBefore(current.updatedAt());
	}

}
