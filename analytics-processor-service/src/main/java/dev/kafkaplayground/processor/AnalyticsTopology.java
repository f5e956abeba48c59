package dev.kafkaplayground.processor;

import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.processor.figures.Tally;
import dev.kafkaplayground.processor.intake.ArrivalTimeFallback;
import dev.kafkaplayground.processor.intake.Checked;
import dev.kafkaplayground.processor.intake.ContractCheckSupplier;
import dev.kafkaplayground.processor.session.SessionTrackerSupplier;
import dev.kafkaplayground.processor.window.TaskPreAggregatorSupplier;
import dev.kafkaplayground.processor.window.WindowMetricsProcessorSupplier;
import dev.kafkaplayground.processor.window.WindowSettings;

/**
 * The whole processor topology, read top to bottom in {@link #build}: the store topics,
 * the contract check with its dead letters, the sessions turning each event into its
 * figures, the pre-aggregation per input task, the shuffle to one task, the windows and
 * the metrics topic. The Spring configuration and the tests build the topology through
 * this one class.
 * <p>
 * One source node reads all five store topics: they share partition count and key, so
 * partition p of every store topic lands in the same input task, and per-session state
 * lives right behind the contract check without a repartition. Values are read as bytes
 * so that no record can fail deserialization; the contract check decides.
 * <p>
 * Per-minute figures are global, so each input task's combined deltas, keyed by the task
 * and carrying its stream time, are shuffled through a one-partition repartition topic:
 * one task then sees all of them and closes windows on the slowest input task. Keying by
 * window instead would spread consecutive windows over tasks whose stream time only moves
 * when their own windows get records, delaying final records by minutes; the
 * pre-aggregation keeps that one topic small at any event rate.
 * <p>
 * Every node, store and internal topic is named: a running playground finds its state,
 * changelogs and repartition topic by these names.
 */
public final class AnalyticsTopology {

	private static final String CONTRACT = "contract-";

	private static final String REJECTED = "rejected";

	private static final String ACCEPTED = "accepted";

	private final ContractCheckSupplier contractCheck;

	private final SessionTrackerSupplier sessions;

	private final TaskPreAggregatorSupplier preAggregation;

	private final WindowMetricsProcessorSupplier windows;

	/**
	 * @param properties the processor's settings
	 * @param inputPartitions partitions of each store topic: one input task each
	 */
	public AnalyticsTopology(ProcessorProperties properties, int inputPartitions) {
		WindowSettings windowSettings = new WindowSettings(properties.grace(), properties.emitInterval(),
				properties.stalledTaskTimeout(), inputPartitions);
		this.contractCheck = new ContractCheckSupplier(properties.maxFutureSkew());
		this.sessions = new SessionTrackerSupplier(properties.sessionGap(), properties.grace(),
				properties.hotSessions().toBytes());
		this.preAggregation = new TaskPreAggregatorSupplier(windowSettings);
		this.windows = new WindowMetricsProcessorSupplier(windowSettings);
	}

	public void build(StreamsBuilder builder) {
		Map<String, KStream<String, Checked>> checked = builder
			.stream(Topics.STORE_TOPICS,
					Consumed.with(Serdes.String(), Serdes.ByteArray())
						.withTimestampExtractor(new ArrivalTimeFallback())
						.withName("store-topics"))
			.processValues(this.contractCheck, Named.as("check-contract"))
			.split(Named.as(CONTRACT))
			.branch((sessionId, record) -> record instanceof Checked.Invalid, Branched.as(REJECTED))
			.defaultBranch(Branched.as(ACCEPTED));
		checked.get(CONTRACT + REJECTED)
			.mapValues((record) -> ((Checked.Invalid) record).originalValue(), Named.as("dead-letter-value"))
			.to(Topics.DEAD_LETTERS, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("dead-letter-sink"));
		checked.get(CONTRACT + ACCEPTED)
			.mapValues((record) -> ((Checked.Valid) record).event(), Named.as("accepted-event"))
			.process(this.sessions, Named.as("sessions"))
			.process(this.preAggregation, Named.as("pre-aggregate-per-task"))
			.repartition(Repartitioned.with(Serdes.String(), PlaygroundSerdes.jsonSerde(Tally.class))
				.withName(ProcessorNames.WINDOW_DELTAS_REPARTITION)
				.withNumberOfPartitions(1))
			.process(this.windows, Named.as("aggregate-windows"))
			.to(Topics.METRICS,
					Produced.with(Serdes.String(), PlaygroundSerdes.windowMetrics()).withName("metrics-sink"));
	}

}
