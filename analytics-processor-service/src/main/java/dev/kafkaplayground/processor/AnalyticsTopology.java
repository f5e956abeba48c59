package dev.kafkaplayground.processor;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.processor.intake.StoreIntake;
import dev.kafkaplayground.processor.session.SessionTrackerSupplier;
import dev.kafkaplayground.processor.window.Tally;
import dev.kafkaplayground.processor.window.WindowAggregation;
import dev.kafkaplayground.processor.window.WindowSettings;

/**
 * The whole processor topology, read top to bottom in {@link #build}: store topics,
 * contract check and dead letters, per-session state turning each event into its figures,
 * then the window aggregation (pre-aggregation per task, shuffle, windows) writing
 * metrics records. The Spring configuration and the tests build the topology through this
 * one class.
 */
public final class AnalyticsTopology {

	private final StoreIntake intake;

	private final SessionTrackerSupplier sessions;

	private final WindowAggregation windows;

	public AnalyticsTopology(ProcessorProperties properties) {
		this.intake = new StoreIntake(properties.maxFutureSkew());
		this.sessions = new SessionTrackerSupplier(properties.sessionGap(), properties.grace(),
				properties.hotSessions().toBytes());
		this.windows = new WindowAggregation(
				new WindowSettings(properties.grace(), properties.emitInterval(), properties.stalledTaskTimeout()));
	}

	public void build(StreamsBuilder builder) {
		KStream<String, StoreEvent> events = this.intake.build(builder);
		KStream<String, Tally> figures = events.process(this.sessions, Named.as("sessions"));
		this.windows.build(figures);
	}

}
