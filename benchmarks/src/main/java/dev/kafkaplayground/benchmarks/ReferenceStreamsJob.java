package dev.kafkaplayground.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;

/**
 * The minimal reference Kafka Streams job: the five store topics as bytes, each value
 * parsed against the contract (rejects dropped), re-keyed to its minute and event type,
 * counted per 1-minute tumbling window, exactly once, written to {@link #OUTPUT_TOPIC}.
 * Runs until stopped (SIGTERM).
 */
public final class ReferenceStreamsJob {

	public static final String OUTPUT_TOPIC = "bench.reference-counts";

	static final Duration WINDOW = Duration.ofMinutes(1);

	static final Duration GRACE = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(ReferenceStreamsJob.class);

	private ReferenceStreamsJob() {
	}

	public static void main(String[] args) throws InterruptedException, ExecutionException {
		Arguments arguments = Arguments.parse(args, List.of("--bootstrap-server", "--state-dir", "--application-id"));
		Properties config = new Properties();
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, arguments.required("--bootstrap-server"));
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, arguments.required("--application-id"));
		config.put(StreamsConfig.STATE_DIR_CONFIG, arguments.required("--state-dir"));
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		createOutputTopic(config);
		StreamsBuilder builder = new StreamsBuilder();
		build(builder);
		Topology topology = builder.build();
		logger.info("{}", topology.describe());
		KafkaStreams streams = new KafkaStreams(topology, config);
		CountDownLatch stopped = new CountDownLatch(1);
		streams.setStateListener((now, before) -> {
			if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
				stopped.countDown();
			}
		});
		Runtime.getRuntime().addShutdownHook(new Thread(streams::close, "reference-shutdown"));
		streams.start();
		stopped.await();
		if (streams.state() == KafkaStreams.State.ERROR) {
			logger.error("The reference job failed; stopping");
			streams.close(Duration.ofSeconds(10));
			System.exit(1);
		}
	}

	/** The whole topology. */
	static void build(StreamsBuilder builder) {
		builder.stream(Topics.STORE_TOPICS, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("store-topics"))
			.processValues(ParseStoreEvent::new, Named.as("parse-event"))
			.map((key, event) -> KeyValue.pair(minuteAndType(event), event.eventType().wireName()),
					Named.as("by-minute-and-type"))
			.groupByKey(Grouped.with("minute-and-type", Serdes.String(), Serdes.String()))
			.windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, GRACE))
			.count(Named.as("count-per-minute"),
					Materialized.<String, Long, WindowStore<Bytes, byte[]>>as("reference-counts")
						.withKeySerde(Serdes.String())
						.withValueSerde(Serdes.Long()))
			.toStream(Named.as("count-updates"))
			.map((window, count) -> KeyValue.pair(window.key(), count), Named.as("unwindow"))
			.to(OUTPUT_TOPIC, Produced.with(Serdes.String(), Serdes.Long()).withName("counts-sink"));
	}

	private static String minuteAndType(StoreEvent event) {
		long minute = event.occurredAt().toEpochMilli() / WINDOW.toMillis() * WINDOW.toMillis();
		return minute + "/" + event.eventType().wireName();
	}

	private static void createOutputTopic(Properties config) throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				config.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)))) {
			admin.createTopics(List.of(new NewTopic(OUTPUT_TOPIC, TopicDefinitions.DEFAULT_PARTITIONS, (short) 1)))
				.all()
				.get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
		}
	}

}
