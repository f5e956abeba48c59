package dev.kafkaplayground.processor.intake;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.validation.StoreEventParser;

/**
 * Reads the five store topics and splits them into valid events and dead letters.
 * <p>
 * One source node reads all five topics: they share partition count and key, so partition
 * p of every store topic lands in the same task, and later per-session state can live
 * right behind this intake without a repartition. Values are read as bytes so that no
 * record can fail deserialization; the contract check decides.
 */
public final class StoreIntake {

	private static final String BRANCH_PREFIX = "contract-";

	private static final String REJECTED = "rejected";

	private static final String ACCEPTED = "accepted";

	private final EventTimeGuard eventTimeGuard;

	/**
	 * @param maxFutureSkew how far ahead of the processor's clock an event's
	 * {@code occurredAt} may be
	 */
	public StoreIntake(Duration maxFutureSkew) {
		this.eventTimeGuard = new EventTimeGuard(maxFutureSkew);
	}

	/**
	 * Adds the intake to the builder and returns the accepted events, keyed by session.
	 */
	public KStream<String, StoreEvent> build(StreamsBuilder builder) {
		Map<String, KStream<String, Checked>> branches = builder
			.stream(Topics.STORE_TOPICS,
					Consumed.with(Serdes.String(), Serdes.ByteArray())
						.withTimestampExtractor(new ArrivalTimeFallback())
						.withName("store-topics"))
			.processValues(() -> new ContractCheck(new StoreEventParser(), this.eventTimeGuard),
					Named.as("check-contract"))
			.split(Named.as(BRANCH_PREFIX))
			.branch((key, checked) -> checked instanceof Checked.Invalid, Branched.as(REJECTED))
			.defaultBranch(Branched.as(ACCEPTED));
		branches.get(BRANCH_PREFIX + REJECTED)
			.mapValues((checked) -> ((Checked.Invalid) checked).originalValue(), Named.as("dead-letter-value"))
			.to(Topics.DEAD_LETTERS, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("dead-letter-sink"));
		return branches.get(BRANCH_PREFIX + ACCEPTED)
			.mapValues((checked) -> ((Checked.Valid) checked).event(), Named.as("accepted-event"));
	}

}
