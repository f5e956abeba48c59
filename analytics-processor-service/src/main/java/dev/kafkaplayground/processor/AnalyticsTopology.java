package dev.kafkaplayground.processor;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.processor.intake.StoreIntake;
import dev.kafkaplayground.processor.window.WindowAggregation;
import dev.kafkaplayground.processor.window.WindowSettings;

/**
 * The whole processor topology: store topics, contract check and dead letters, then the
 * window aggregation writing metrics records. The Spring configuration and the tests
 * build the topology through this one class.
 */
public final class AnalyticsTopology {

	private final StoreIntake intake;

	private final WindowAggregation windows;

	public AnalyticsTopology(ProcessorProperties properties) {
		this.intake = new StoreIntake(properties.maxFutureSkew());
		this.windows = new WindowAggregation(new WindowSettings(properties.grace(), properties.emitInterval()));
	}

	public void build(StreamsBuilder builder) {
		KStream<String, StoreEvent> events = this.intake.build(builder);
		this.windows.build(events);
	}

}
