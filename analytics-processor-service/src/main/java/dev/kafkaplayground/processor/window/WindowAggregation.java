package dev.kafkaplayground.processor.window;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Turns the events' figures into the metrics records on {@link Topics#METRICS}.
 * <p>
 * Each input task first combines its events' {@link Tally} deltas per window
 * ({@link TaskPreAggregator}). Per-minute figures are global, so the combined deltas,
 * keyed by their input task and carrying its stream time, are shuffled through a
 * one-partition repartition topic: one task then sees all of them and closes windows on
 * the slowest input task ({@link InputProgress}). Keying by window instead would spread
 * consecutive windows over tasks whose stream time only moves when their own windows get
 * records, delaying final records by minutes; the pre-aggregation keeps that one topic
 * small at any event rate.
 */
public final class WindowAggregation {

	/** Repartition topic {@code <application.id>-window-deltas-repartition}. */
	public static final String DELTAS_REPARTITION = ProcessorNames.WINDOW_DELTAS_REPARTITION;

	/**
	 * Each input task's pending deltas; changelog
	 * {@code <application.id>-task-deltas-changelog}.
	 */
	public static final String TASK_DELTAS_STORE = ProcessorNames.TASK_DELTAS_STORE;

	/** Open windows; changelog {@code <application.id>-window-metrics-changelog}. */
	public static final String STORE = ProcessorNames.WINDOW_METRICS_STORE;

	/**
	 * The aggregation's own stream time; changelog
	 * {@code <application.id>-window-clock-changelog}.
	 */
	public static final String CLOCK_STORE = ProcessorNames.WINDOW_CLOCK_STORE;

	private final WindowSettings settings;

	public WindowAggregation(WindowSettings settings) {
		this.settings = settings;
	}

	/** Adds the aggregation of the events' figures (per-event deltas) to the topology. */
	public void build(KStream<String, Tally> figures) {
		Serde<Tally> deltas = PlaygroundSerdes.jsonSerde(Tally.class);
		figures.process(new TaskPreAggregatorSupplier(this.settings), Named.as("pre-aggregate-per-task"))
			.repartition(
					Repartitioned.with(Serdes.String(), deltas).withName(DELTAS_REPARTITION).withNumberOfPartitions(1))
			.process(new WindowMetricsProcessorSupplier(this.settings), Named.as("aggregate-windows"))
			.to(Topics.METRICS,
					Produced.with(Serdes.String(), PlaygroundSerdes.windowMetrics()).withName("metrics-sink"));
	}

}
