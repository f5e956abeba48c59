package dev.kafkaplayground.dashboard.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.events.topics.DeadLetterHeaders;
import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.topics.TopicsProperties;
import dev.kafkaplayground.testsupport.EmbeddedKraftBroker;
import dev.kafkaplayground.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's count of dead letters against a real broker of this class's own, so
 * that it holds no other test's: dead letters written as the processor writes them,
 * inside transactions, several committed and some aborted, so that the topic's end
 * offsets count transaction markers and aborted records besides the dead letters.
 */
class DeadLetterCountTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static EmbeddedKraftBroker broker;

	private final DashboardProperties properties = new DashboardProperties(Duration.ofMinutes(60), 60,
			Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofSeconds(2), "dead-letter-tests",
			"http://localhost:8081");

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final InstancesFeed instances = new InstancesFeed(new EventIds(), this.properties, this.registry);

	private final PipelineView view = new PipelineView(this.instances);

	private ClusterReader reader;

	private PipelinePoller poller;

	private Producer<String, byte[]> processor;

	@BeforeAll
	static void startBroker() throws InterruptedException, ExecutionException {
		broker = TestKafka.ownBroker();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			admin.createTopics(TopicDefinitions.LOCAL.all()).all().get();
		}
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@BeforeEach
	void startPollerAndProcessor() {
		this.reader = new PipelineConfiguration().pipelineClusterReader(
				new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
				new DefaultKafkaConsumerFactory<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
				new TopicsProperties(TopicDefinitions.DEFAULT_PARTITIONS, (short) 1), this.properties);
		this.poller = new PipelinePoller(this.reader, this.view, this.instances, this.properties.pipelineInterval(),
				new PipelineMeters(this.registry, this.view));
		this.processor = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dead-letter-tests-" + UUID.randomUUID()),
				new StringSerializer(), new ByteArraySerializer());
		this.processor.initTransactions();
	}

	@AfterEach
	void close() {
		this.processor.close();
		this.reader.close();
	}

	@Test
	void shouldCountTheCommittedDeadLettersNotTheEndOffsetsWhichCountMarkersAndAbortedRecordsToo() {
		// 13 dead letters in three committed transactions, 5 records in two aborted ones;
		// a marker on each partition a transaction wrote to: 2 + 2 + 1 + 1 + 2 = 8
		committed(Map.of(0, 3, 1, 2));
		aborted(Map.of(0, 2, 2, 2));
		committed(Map.of(2, 4));
		aborted(Map.of(1, 1));
		committed(Map.of(0, 3, 3, 1));

		// markers are written after the commit returns: wait for the last one
		await().atMost(TIMEOUT).pollInSameThread().untilAsserted(() -> {
			this.poller.poll();
			assertThat(deadLetterTopic().endOffset()).isEqualTo(13 + 5 + 8);
		});
		assertThat(this.view.current().deadLettered()).isEqualTo(13);
		this.poller.poll();
		assertThat(this.view.current().deadLettered()).isEqualTo(13);
	}

	@Test
	void shouldCountNewDeadLettersOnceTheirTransactionCommitsAndNotBefore() {
		this.poller.poll();
		long before = this.view.current().deadLettered();

		this.processor.beginTransaction();
		send(4, 2);
		this.processor.flush();
		this.poller.poll();
		assertThat(this.view.current().deadLettered()).isEqualTo(before);

		this.processor.commitTransaction();
		committed(Map.of(5, 1));

		await().atMost(TIMEOUT).pollInSameThread().untilAsserted(() -> {
			this.poller.poll();
			assertThat(this.view.current().deadLettered()).isEqualTo(before + 3);
		});
	}

	private TopicView deadLetterTopic() {
		return this.view.current()
			.topics()
			.stream()
			.filter((topic) -> topic.name().equals(Topics.DEAD_LETTERS))
			.findFirst()
			.orElseThrow();
	}

	/** One committed transaction: dead letters per partition. */
	private void committed(Map<Integer, Integer> perPartition) {
		this.processor.beginTransaction();
		perPartition.forEach(this::send);
		this.processor.commitTransaction();
	}

	/**
	 * One aborted transaction, its records on the broker before the abort (or the abort
	 * would just drop them).
	 */
	private void aborted(Map<Integer, Integer> perPartition) {
		this.processor.beginTransaction();
		perPartition.forEach(this::send);
		this.processor.flush();
		this.processor.abortTransaction();
	}

	// As the processor writes a dead letter: the original key and bytes, and the
	// reason and the source topic in headers.
	private void send(int partition, int count) {
		for (int i = 0; i < count; i++) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DEAD_LETTERS, partition, "s-" + i,
					"{\"eventType\":".getBytes(StandardCharsets.UTF_8));
			record.headers()
				.add(DeadLetterHeaders.REASON, "value is not valid JSON".getBytes(StandardCharsets.UTF_8))
				.add(DeadLetterHeaders.SOURCE_TOPIC, Topics.PURCHASES.getBytes(StandardCharsets.UTF_8));
			this.processor.send(record);
		}
	}

}
