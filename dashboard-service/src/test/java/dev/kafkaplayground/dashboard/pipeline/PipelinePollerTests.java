package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.dashboard.pipeline.GroupView.PartitionLag;
import dev.kafkaplayground.dashboard.pipeline.RebalanceEntry.Kind;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.topics.TopicsProperties;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poller against a real broker, without Spring: each test has a consumer group of its
 * own in the role of the processor's, and writes to partitions of {@code store.purchases}
 * that no other test of this module writes to.
 */
class PipelinePollerTests {

	private static final Logger logger = LoggerFactory.getLogger(PipelinePollerTests.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final TestKafkaBroker broker = TestKafka.broker();

	private final String groupId = "pipeline-tests-" + UUID.randomUUID();

	// long enough that no status record expires while a test runs
	private final DashboardProperties properties = new DashboardProperties(Duration.ofMinutes(60), 60,
			Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofSeconds(2), this.groupId,
			"http://localhost:8081");

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final InstancesFeed instances = new InstancesFeed(new EventIds(), this.properties, this.registry);

	private final PipelineView view = new PipelineView(this.instances);

	private final ClusterReader reader = new PipelineConfiguration().pipelineClusterReader(
			new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
			new DefaultKafkaConsumerFactory<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
			new TopicsProperties(TopicDefinitions.DEFAULT_PARTITIONS, (short) 1), this.properties);

	private final PipelinePoller poller = new PipelinePoller(this.reader, this.view, this.instances,
			this.properties.pipelineInterval(), new PipelineMeters(this.registry, this.view));

	private final List<AutoCloseable> clients = new ArrayList<>();

	@BeforeAll
	static void createTopics() throws InterruptedException {
		try (Admin admin = admin()) {
			for (NewTopic topic : TopicDefinitions.LOCAL.all()) {
				try {
					admin.createTopics(List.of(topic)).all().get();
				}
				catch (ExecutionException ex) {
					assertThat(ex).hasCauseInstanceOf(TopicExistsException.class);
				}
			}
		}
	}

	@AfterEach
	void close() throws Exception {
		this.poller.stop();
		for (AutoCloseable client : this.clients) {
			client.close();
		}
		this.reader.close();
	}

	@Test
	void shouldShowThePlaygroundsTopicsWithTheirPartitionsEndOffsetsAndRates() {
		this.poller.poll();
		long before = endOffset(Topics.PURCHASES, 2);

		send(new TopicPartition(Topics.PURCHASES, 2), Instant.now(), 5);
		this.poller.poll();

		Pipeline pipeline = this.view.current();
		assertThat(pipeline.polledAt()).isNotNull();
		assertThat(pipeline.pollError()).isNull();
		assertThat(endOffset(Topics.PURCHASES, 2)).isEqualTo(before + 5);
		assertThat(pipeline.topics()).extracting(TopicView::name)
			.containsSubsequence(Topics.GAME_VIEWS, Topics.WISHLIST_EVENTS, Topics.CART_EVENTS, Topics.PURCHASES,
					Topics.SEARCHES, Topics.GENERATOR_TRUTH, Topics.METRICS, Topics.DEAD_LETTERS,
					Topics.PROCESSOR_STATUS);
		TopicView purchases = topic(Topics.PURCHASES);
		assertThat(purchases.role()).isEqualTo(TopicRole.INPUT);
		assertThat(purchases.partitions()).extracting(TopicView.PartitionView::partition)
			.containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(purchases.partitions().get(2).ratePerSecond()).isPositive();
		assertThat(purchases.ratePerSecond()).isPositive();
		assertThat(topic(Topics.PROCESSOR_STATUS).partitions()).hasSize(1);
		assertThat(topic(Topics.DEAD_LETTERS).role()).isEqualTo(TopicRole.DEAD_LETTER);
		// the test's group does not exist: no members, no lag
		assertThat(pipeline.group()).isNull();
		assertThat(this.registry.get("dashboard.pipeline.polls").tag("outcome", "success").counter().count())
			.isEqualTo(2);
	}

	@Test
	void shouldMeasureLagInMessagesAndInSecondsFromTheCommittedOffset() {
		TopicPartition partition = new TopicPartition(Topics.PURCHASES, 3);
		Instant now = Instant.now();
		long base = send(partition, now.minus(Duration.ofMinutes(10)), 1);
		send(partition, now.minus(Duration.ofMinutes(2)), 1);
		send(partition, now.minus(Duration.ofMinutes(1)), 3);
		// read the first record only
		commit(partition, base + 1);

		this.poller.poll();

		GroupView group = this.view.current().group();
		assertThat(group.groupId()).isEqualTo(this.groupId);
		assertThat(group.state()).isEqualTo("EMPTY");
		assertThat(group.members()).isEmpty();
		PartitionLag lag = group.lag().stream().filter((p) -> p.partition() == 3).findFirst().orElseThrow();
		assertThat(lag.topic()).isEqualTo(Topics.PURCHASES);
		assertThat(lag.committedOffset()).isEqualTo(base + 1);
		assertThat(lag.endOffset()).isEqualTo(base + 5);
		assertThat(lag.messages()).isEqualTo(4);
		// the oldest unread record is the one stamped 2 minutes ago, not the one read
		assertThat(lag.seconds()).isGreaterThanOrEqualTo(120.0).isLessThan(600.0);
		assertThat(group.totalLag().messages()).isEqualTo(4);
		assertThat(group.totalLag().seconds()).isEqualTo(lag.seconds());
		assertThat(this.registry.get("dashboard.group.lag.messages").gauge().value()).isEqualTo(4);
	}

	@Test
	void shouldReadTheOldestUnreadRecordOfEveryLaggingPartitionInOnePoll() {
		Instant stamp = Instant.now().minus(Duration.ofMinutes(5));
		List<TopicPartition> partitions = new ArrayList<>();
		for (int p = 0; p < TopicDefinitions.DEFAULT_PARTITIONS; p++) {
			TopicPartition partition = new TopicPartition(Topics.GAME_VIEWS, p);
			long first = send(partition, stamp, 1_000);
			commit(partition, first + 500);
			partitions.add(partition);
		}
		// the first poll also connects
		this.poller.poll();

		long start = System.nanoTime();
		this.poller.poll();
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		List<PartitionLag> lag = this.view.current().group().lag();
		assertThat(lag).extracting((p) -> new TopicPartition(p.topic(), p.partition()))
			.containsExactlyElementsOf(partitions);
		assertThat(lag).allSatisfy((p) -> {
			assertThat(p.messages()).isEqualTo(500);
			assertThat(p.seconds()).isGreaterThanOrEqualTo(300.0);
		});
		// a figure, not a limit: what one poll costs with six partitions to probe
		logger.info("One poll of the {} with {} lagging partitions took {} ms", broker.description(), partitions.size(),
				millis);
	}

	@Test
	void shouldListMembersWithTheirPartitionsAndTellWhenASecondJoinsAndPartitionsMove() {
		this.instances.accept("processor-a", status("processor-a"));
		this.instances.accept("processor-b", status("processor-b"));
		Consumer<String, String> first = member("processor-a-StreamThread-1-consumer");
		await().atMost(TIMEOUT).pollInSameThread().until(() -> {
			first.poll(Duration.ofMillis(100));
			return first.assignment().size() == TopicDefinitions.DEFAULT_PARTITIONS;
		});
		this.poller.poll();
		Member only = this.view.current().group().members().get(0);
		assertThat(only.clientId()).isEqualTo("processor-a-StreamThread-1-consumer");
		assertThat(only.instanceId()).isEqualTo("processor-a");
		assertThat(only.host()).isNotBlank();
		assertThat(only.partitions()).isEqualTo(Map.of(Topics.PURCHASES, List.of(0, 1, 2, 3, 4, 5)));

		Consumer<String, String> second = member("processor-b-StreamThread-1-consumer");
		await().atMost(TIMEOUT).pollInSameThread().until(() -> {
			first.poll(Duration.ofMillis(100));
			second.poll(Duration.ofMillis(100));
			this.poller.poll();
			return this.view.current()
				.rebalances()
				.stream()
				.anyMatch((entry) -> entry.kind() == Kind.MOVED && "processor-b".equals(entry.to()));
		});

		List<RebalanceEntry> rebalances = this.view.current().rebalances();
		RebalanceEntry moved = rebalances.stream().filter((entry) -> entry.kind() == Kind.MOVED).findFirst().get();
		assertThat(moved.from()).isEqualTo("processor-a");
		assertThat(moved.instanceId()).isEqualTo("processor-b");
		assertThat(moved.partitions().get(Topics.PURCHASES)).isNotEmpty();
		assertThat(rebalances).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo(Kind.JOINED);
			assertThat(entry.instanceId()).isEqualTo("processor-b");
		});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shouldKeepTheLastGoodPollSayWhyThePollFailedAndLogTheOutageOnce(CapturedOutput output) {
		this.poller.poll();
		Pipeline good = this.view.current();

		// every call of a closed Admin client fails, as with a broker that is gone
		this.reader.close();
		this.poller.poll();
		this.poller.poll();

		Pipeline failed = this.view.current();
		assertThat(failed.pollError()).isNotBlank();
		assertThat(failed.polledAt()).isEqualTo(good.polledAt());
		assertThat(failed.topics()).isEqualTo(good.topics());
		assertThat(this.registry.get("dashboard.pipeline.polls").tag("outcome", "failure").counter().count())
			.isEqualTo(2);
		assertThat(output.getOut().split("Could not poll Kafka for the pipeline", -1)).hasSize(2);
	}

	@Test
	void shouldPollOnItsOwnThreadUntilStopped() {
		this.poller.start();
		await().atMost(TIMEOUT).until(() -> this.view.current().polledAt() != null);

		this.poller.stop();

		assertThat(this.poller.isRunning()).isFalse();
	}

	private TopicView topic(String name) {
		return this.view.current().topics().stream().filter((topic) -> topic.name().equals(name)).findFirst().get();
	}

	private long endOffset(String topic, int partition) {
		return topic(topic).partitions().get(partition).endOffset();
	}

	/**
	 * Sends {@code count} records stamped {@code timestamp}; returns the first's offset.
	 */
	private long send(TopicPartition partition, Instant timestamp, int count) {
		try (Producer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				sent.add(producer.send(new ProducerRecord<>(partition.topic(), partition.partition(),
						timestamp.toEpochMilli(), "key", "value")));
			}
			return sent.get(0).get().offset();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void commit(TopicPartition partition, long offset) {
		try (Consumer<String, String> consumer = consumer("committer")) {
			consumer.assign(List.of(partition));
			consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
		}
	}

	private Consumer<String, String> member(String clientId) {
		Consumer<String, String> consumer = consumer(clientId);
		this.clients.add(consumer);
		consumer.subscribe(List.of(Topics.PURCHASES));
		return consumer;
	}

	private Consumer<String, String> consumer(String clientId) {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, this.groupId, ConsumerConfig.CLIENT_ID_CONFIG, clientId,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer());
	}

	private static ProcessorStatus status(String instanceId) {
		return new ProcessorStatus(instanceId, "RUNNING", "test-host", 8082, List.of(), List.of(), Map.of(), 0, 0, 0,
				null, Instant.now());
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
	}

}
