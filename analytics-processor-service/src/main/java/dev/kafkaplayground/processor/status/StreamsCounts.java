package dev.kafkaplayground.processor.status;

import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.processor.AnalyticsSensors;

/**
 * The status record's counts, from the instance's Kafka Streams metrics: records read
 * from the store topics (Kafka Streams' topic-level {@code records-consumed-total}),
 * records dead-lettered by the contract check and events dropped as late by the window
 * aggregation (the processor's own sensors in {@code stream-analytics-metrics}). All
 * three count since the instance started, across task moves.
 */
final class StreamsCounts {

	static final String TOPIC_METRICS = "stream-topic-metrics";

	static final String RECORDS_CONSUMED = "records-consumed-total";

	private final CumulativeTotal processed = new CumulativeTotal((name) -> name.group().equals(TOPIC_METRICS)
			&& name.name().equals(RECORDS_CONSUMED) && Topics.STORE_TOPICS.contains(name.tags().get("topic")));

	private final CumulativeTotal deadLettered = new CumulativeTotal(
			(name) -> name.group().equals(AnalyticsSensors.GROUP)
					&& name.name().equals(AnalyticsSensors.RECORDS_REJECTED.total()));

	private final CumulativeTotal lateDropped = new CumulativeTotal(
			(name) -> name.group().equals(AnalyticsSensors.GROUP)
					&& name.name().equals(AnalyticsSensors.LATE_RECORDS_DROPPED.total()));

	Counts read(Map<MetricName, ? extends Metric> metrics) {
		return new Counts(this.processed.update(metrics), this.deadLettered.update(metrics),
				this.lateDropped.update(metrics));
	}

	record Counts(long processed, long deadLettered, long lateDropped) {

	}

}
