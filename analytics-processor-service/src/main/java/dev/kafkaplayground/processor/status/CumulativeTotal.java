package dev.kafkaplayground.processor.status;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * A count that only grows, summed over Kafka Streams metrics that come and go: per-task
 * sensors are removed when a task moves to another instance and start again from zero
 * when one comes back. Each reading adds what every matching metric gained since the
 * previous reading; a metric seen for the first time, or lower than before (a new sensor
 * under the same name), adds its whole value. What a task counted between the last
 * reading and its move is lost, so the total is a close lower bound.
 *
 * <p>
 * Not thread-safe: the status publisher reads it from one thread.
 */
final class CumulativeTotal {

	private final Predicate<MetricName> selected;

	private Map<MetricName, Double> lastSeen = new HashMap<>();

	private double total;

	CumulativeTotal(Predicate<MetricName> selected) {
		this.selected = selected;
	}

	/** Adds what the selected metrics gained and returns the total so far. */
	long update(Map<MetricName, ? extends Metric> metrics) {
		Map<MetricName, Double> seen = new HashMap<>();
		metrics.forEach((name, metric) -> {
			if (this.selected.test(name) && metric.metricValue() instanceof Number number) {
				double value = number.doubleValue();
				Double before = this.lastSeen.get(name);
				this.total += (before == null || value < before) ? value : value - before;
				seen.put(name, value);
			}
		});
		this.lastSeen = seen;
		return Math.round(this.total);
	}

}
