package dev.kafkaplayground.endtoend;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.testsupport.EmbeddedKraftBroker;
import dev.kafkaplayground.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scaling out a processor that has run a while: once the first instance's sessions
 * changelog holds more records per task than Kafka Streams'
 * {@code acceptable.recovery.lag} (10,000), a new instance is not caught up on any input
 * task and only gets warm-up copies at first; the partitions move at the next probing
 * rebalance. With Kafka's default probing interval (10 minutes) the two new instances
 * stood idle for ten minutes; with the processor's settings each of them owns store
 * partitions within two minutes of joining. The measured time is logged.
 */
class ScaleOutTests {

	private static final Logger logger = LoggerFactory.getLogger(ScaleOutTests.class);

	/**
	 * Kafka Streams' default {@code acceptable.recovery.lag}, which the processor keeps.
	 */
	private static final long ACCEPTABLE_RECOVERY_LAG = 10_000;

	/**
	 * Every event rewrites its session in the sessions changelog: this many events per
	 * partition put each input task's changelog past the acceptable recovery lag.
	 */
	private static final int EVENTS_PER_PARTITION = 20_000;

	private static final int EVENTS_PER_SESSION = 20;

	private static final Duration STEP = Duration.ofMinutes(2);

	private static final String SESSIONS_CHANGELOG = ProcessorNames.APPLICATION_ID + "-" + ProcessorNames.SESSIONS_STORE
			+ "-changelog";

	/** The group leader logs each probing rebalance it asks for at INFO level. */
	private static final List<String> PROCESSOR_SETTINGS = List
		.of("--logging.level.org.apache.kafka.streams.processor.internals.StreamsPartitionAssignor=INFO");

	@TempDir
	Path dir;

	private EmbeddedKraftBroker broker;

	private final List<ProcessorProcess> processors = new ArrayList<>();

	@AfterEach
	void stopEverything() throws InterruptedException {
		for (ProcessorProcess processor : this.processors) {
			processor.close();
		}
		if (this.broker != null) {
			this.broker.close();
		}
	}

	@Test
	void shouldGiveEachNewInstanceStorePartitionsWithinTwoMinutesWhenScalingFromOneToThree() throws Exception {
		this.broker = TestKafka.ownBroker();
		String bootstrap = this.broker.bootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
				ProcessorGroup group = new ProcessorGroup(bootstrap)) {
			admin.createTopics(TopicDefinitions.LOCAL.all()).all().get();
			produceEvents(bootstrap);
			startProcessor("processor-1", bootstrap);
			Map<TopicPartition, Long> produced = group.storeEndOffsets();
			await().atMost(STEP).ignoreExceptions().until(() -> group.hasCommitted(produced));
			assertThat(group.endOffsets(SESSIONS_CHANGELOG).values()).as("sessions changelog end offsets")
				.hasSize(TopicDefinitions.LOCAL.partitions())
				.allSatisfy((records) -> assertThat(records).isGreaterThan(ACCEPTABLE_RECOVERY_LAG));
			Instant started = Instant.now();
			startProcessor("processor-2", bootstrap);
			startProcessor("processor-3", bootstrap);
			await().atMost(STEP).ignoreExceptions().until(group::members, (members) -> members == 3);
			Instant joined = Instant.now();
			Map<String, Set<Integer>> balanced = await().atMost(STEP)
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(group::storePartitionsByMember, ScaleOutTests::isBalanced);
			Instant moved = Instant.now();
			logger.info(
					"Scaled from 1 to 3: the store partitions were spread evenly {} s after the new instances "
							+ "joined ({} s after they were started, {} probing rebalances scheduled): {}",
					seconds(joined, moved), seconds(started, moved), probesScheduled(), balanced.values());
		}
	}

	/** Three instances own store partitions, the same number each. */
	private static boolean isBalanced(Map<String, Set<Integer>> partitionsByMember) {
		int each = TopicDefinitions.LOCAL.partitions() / 3;
		return partitionsByMember.size() == 3
				&& partitionsByMember.values().stream().allMatch((partitions) -> partitions.size() == each);
	}

	/**
	 * How often the group leader asked for a probing rebalance: none when the warm-ups
	 * caught up before the rebalances that the new members' joining set off had ended.
	 */
	private long probesScheduled() {
		return this.processors.stream()
			.flatMap((processor) -> processor.log().lines())
			.filter((line) -> line.contains("to probe for caught-up replica tasks"))
			.count();
	}

	private void startProcessor(String name, String bootstrap) throws Exception {
		this.processors.add(ProcessorProcess.start(name, this.dir, bootstrap, PROCESSOR_SETTINGS));
	}

	/** Valid cart events, the same number on every partition, in sessions of 20. */
	private static void produceEvents(String bootstrap) throws Exception {
		Instant now = EventTime.truncate(Instant.now());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20),
				new StringSerializer(), new ByteArraySerializer())) {
			int partitions = TopicDefinitions.LOCAL.partitions();
			for (int partition = 0; partition < partitions; partition++) {
				for (int i = 0; i < EVENTS_PER_PARTITION; i++) {
					String session = "s-scale-out-" + partition + "-" + (i / EVENTS_PER_SESSION);
					StoreEvent event = new CartAction(UUID.randomUUID(), now, session, "u-scale-out", Platform.WEB,
							"US", "g-001", ItemAction.ADD, 999);
					Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(Topics.CART_EVENTS, partition,
							now.toEpochMilli(), session, EventJson.mapper().writeValueAsBytes(event)));
					if (i == 0) {
						// the partition's leader is known once one record is in: no
						// batches
						// in flight behind a first one the new topic's broker refused
						sent.get();
					}
				}
			}
			producer.flush();
		}
	}

	private static String seconds(Instant from, Instant to) {
		return String.format("%.1f", Duration.between(from, to).toMillis() / 1000.0);
	}

}
