package dev.kafkaplayground.processor.status;

import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** What the status reads from the instance's Kafka Streams client. */
interface StreamsView {

	/** The Kafka Streams state's name, or {@code NOT_STARTED}. */
	String state();

	/** The current assignment, {@link Assignment#NONE} unless running or rebalancing. */
	Assignment assignment();

	/** Every metric of the client, Kafka Streams' and the processor's own. */
	Map<MetricName, ? extends Metric> metrics();

}
