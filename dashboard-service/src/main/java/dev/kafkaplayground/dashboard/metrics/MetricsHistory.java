package dev.kafkaplayground.dashboard.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * The most recent windows, one record each: the latest version of every window by
 * {@link WindowVersions#supersedes}, at most {@code maxWindows} of them, the newest
 * windows kept. Thread-safe.
 */
class MetricsHistory {

	private final NavigableMap<Instant, WindowMetrics> windows = new TreeMap<>();

	private final int maxWindows;

	MetricsHistory(int maxWindows) {
		if (maxWindows < 1) {
			throw new IllegalArgumentException("maxWindows must be at least 1 but was " + maxWindows);
		}
		this.maxWindows = maxWindows;
	}

	/**
	 * Records a window's figures.
	 * @return whether the history changed: {@code false} if a newer or final version of
	 * the window is already held, or the window is older than every window kept
	 */
	synchronized boolean offer(WindowMetrics metrics) {
		Instant start = metrics.windowStart();
		WindowMetrics current = this.windows.get(start);
		if (current != null) {
			if (!WindowVersions.supersedes(metrics, current)) {
				return false;
			}
			this.windows.put(start, metrics);
			return true;
		}
		if (this.windows.size() >= this.maxWindows && start.isBefore(this.windows.firstKey())) {
			return false;
		}
		this.windows.put(start, metrics);
		if (this.windows.size() > this.maxWindows) {
			this.windows.pollFirstEntry();
		}
		return true;
	}

	/** The windows held, oldest first. */
	synchronized List<WindowMetrics> snapshot() {
		return new ArrayList<>(this.windows.values());
	}

	synchronized int size() {
		return this.windows.size();
	}

}
