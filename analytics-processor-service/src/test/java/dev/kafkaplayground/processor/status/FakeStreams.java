package dev.kafkaplayground.processor.status;

import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;

/**
 * A Kafka Streams client as the status sees it, set by hand: a state, an assignment and a
 * real metrics registry.
 */
final class FakeStreams implements StreamsView {

	final Metrics metrics = new Metrics();

	String state = "CREATED";

	Assignment assignment = Assignment.NONE;

	@Override
	public String state() {
		return this.state;
	}

	@Override
	public Assignment assignment() {
		return this.assignment;
	}

	@Override
	public Map<MetricName, ? extends Metric> metrics() {
		return this.metrics.metrics();
	}

}
