package dev.kafkaplayground.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.kafkaplayground.dashboard.pipeline.Pipeline;
import dev.kafkaplayground.dashboard.truth.MinuteTruthFixtures;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static dev.kafkaplayground.dashboard.instances.ProcessorStatusFixtures.running;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.views;
import static dev.kafkaplayground.dashboard.truth.MinuteTruthFixtures.truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard against a real broker: records written to {@code analytics.metrics} the
 * way the processor writes them (in transactions, with the contract's serializer), to
 * {@code generator.truth} as the generator writes them and to
 * {@code analytics.processor-status} as each processor instance does reach
 * {@code /api/windows}, {@code /api/truth}, {@code /api/pipeline} and
 * {@code /api/stream}. Each test uses windows, minutes and instance ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
@AutoConfigureWebTestClient
class DashboardApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final TestKafkaBroker broker = TestKafka.broker();

	/** Recent, so that the dashboard's seek back in time finds them. */
	private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));

	private static Producer<String, WindowMetrics> processor;

	private static Producer<String, MinuteTruth> generator;

	private static Producer<String, ProcessorStatus> instances;

	@Autowired
	private WebTestClient client;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		TestKafka.register(registry, broker);
	}

	@BeforeAll
	static void startProcessor() {
		processor = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dashboard-tests-processor"),
				new StringSerializer(), PlaygroundSerdes.windowMetrics().serializer());
		processor.initTransactions();
		generator = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
				new StringSerializer(), PlaygroundSerdes.minuteTruth().serializer());
		instances = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
				new StringSerializer(), PlaygroundSerdes.processorStatus().serializer());
	}

	@AfterAll
	static void stopProcessor() {
		processor.close();
		generator.close();
		instances.close();
	}

	@Test
	void shouldStartWithTheServicesOwnConfigurationFile(@Autowired Environment environment) {
		assertThat(environment.getProperty("spring.application.name")).isEqualTo("dashboard");
	}

	@Test
	void shouldStreamASnapshotThenLiveUpdates() {
		Instant start = window(1);
		publish(open(start, 5, Duration.ofSeconds(10)));
		await().atMost(TIMEOUT).until(() -> held(start).isPresent());

		StepVerifier.create(metricsEvents())
			.thenConsumeWhile((window) -> !window.windowStart().equals(start))
			.assertNext((snapshot) -> assertThat(views(snapshot)).isEqualTo(5))
			.then(() -> publish(closed(start, 7, Duration.ofSeconds(65))))
			.thenConsumeWhile((window) -> !window.windowStart().equals(start))
			.assertNext((update) -> {
				assertThat(update.isFinal()).isTrue();
				assertThat(views(update)).isEqualTo(7);
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldResumeAfterTheLastEventIdTheBrowserHad() {
		Instant seen = window(11);
		Instant changed = window(12);
		publish(open(seen, 1, Duration.ofSeconds(10)));
		publish(open(changed, 1, Duration.ofSeconds(10)));
		await().atMost(TIMEOUT).until(() -> held(changed).isPresent());
		String lastEventId = events().filter((event) -> "metrics".equals(event.event()))
			.filter((event) -> event.data().contains(EventTime.format(changed)))
			.blockFirst(TIMEOUT)
			.id();
		publish(open(changed, 2, Duration.ofSeconds(20)));
		await().atMost(TIMEOUT).until(() -> held(changed).map((window) -> views(window) == 2).orElse(false));

		List<WindowMetrics> resumed = events(lastEventId).filter((event) -> "metrics".equals(event.event()))
			.map((event) -> EventJson.mapper().readValue(event.data(), WindowMetrics.class))
			.take(Duration.ofSeconds(2))
			.collectList()
			.block(TIMEOUT);
		assertThat(resumed).extracting(WindowMetrics::windowStart).contains(changed).doesNotContain(seen);
		assertThat(resumed).filteredOn((window) -> window.windowStart().equals(changed))
			.singleElement()
			.satisfies((window) -> assertThat(views(window)).isEqualTo(2));
	}

	@Test
	void shouldRejectALastEventIdItCannotHaveSent() {
		this.client.get()
			.uri("/api/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header("Last-Event-ID", "2026-11-24T15:00:00.000Z/final")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Last-Event-ID").contains("2026-11-24T15:00:00.000Z/final"));
	}

	@Test
	void shouldSendHeartbeats() {
		StepVerifier.create(events())
			.thenConsumeWhile((event) -> !"heartbeat".equals(event.event()))
			.assertNext((heartbeat) -> assertThat(heartbeat.data()).contains("\"intervalMillis\":15000"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldReadWithAConsumerGroupOfItsOwnAndCommitNothing() throws Exception {
		publish(open(window(6), 1, Duration.ofSeconds(1)));
		await().atMost(TIMEOUT).until(() -> held(window(6)).isPresent());
		// Offsets of a batch are committed, if at all, before the next poll
		publish(open(window(7), 1, Duration.ofSeconds(1)));
		await().atMost(TIMEOUT).until(() -> held(window(7)).isPresent());

		String groupId = this.listeners.getListenerContainer("dashboard-metrics").getGroupId();
		assertThat(groupId).startsWith("dashboard-").isNotEqualTo("dashboard-metrics");
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			assertThat(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get()).isEmpty();
		}
	}

	@Test
	void shouldListWindowsOldestFirst() {
		Instant earlier = window(2);
		Instant later = window(3);
		publish(open(later, 1, Duration.ofSeconds(1)));
		publish(closed(earlier, 2, Duration.ofSeconds(61)));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			List<Instant> starts = windows().stream().map(WindowMetrics::windowStart).toList();
			assertThat(starts).contains(earlier, later).isSorted();
		});
	}

	@Test
	void shouldNotShowFiguresOfAbortedTransactions() {
		Instant start = window(4);
		// Published later than the committed record: read uncommitted, it would win.
		processor.beginTransaction();
		processor.send(record(open(start, 666, Duration.ofSeconds(50))));
		// on the broker before the abort, or the abort would just drop it
		processor.flush();
		processor.abortTransaction();
		publish(open(start, 3, Duration.ofSeconds(20)));

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(held(start))
				.hasValueSatisfying((window) -> assertThat(views(window)).isEqualTo(3)));
	}

	@Test
	void shouldReplaceAFinalWindowWithTheFinalRecordOfAReplayAndMarkItRebuilt() {
		Instant start = window(14);
		publish(closed(start, 5, Duration.ofSeconds(65)));
		await().atMost(TIMEOUT).until(() -> held(start).isPresent());

		StepVerifier.create(events().filter((event) -> isMetricsOf(event, start)))
			.assertNext((snapshot) -> assertThat(snapshot.data()).contains("\"final\":true")
				.endsWith(",\"rebuilt\":false}"))
			.then(() -> {
				// A replay after a reset: the window's updates again, which never
				// replace the final record held, then its final record, published
				// later, which does.
				publish(open(start, 2, Duration.ofMinutes(20)));
				publish(closed(start, 6, Duration.ofMinutes(21)));
			})
			.assertNext((rebuilt) -> {
				assertThat(rebuilt.data()).endsWith(",\"rebuilt\":true}");
				assertThat(views(EventJson.mapper().readValue(rebuilt.data(), WindowMetrics.class))).isEqualTo(6);
			})
			.thenCancel()
			.verify(TIMEOUT);
		JsonNode held = windowsJson().valueStream()
			.filter((window) -> window.path("windowStart").asString().equals(EventTime.format(start)))
			.findFirst()
			.orElseThrow();
		assertThat(held.path("rebuilt").asBoolean()).isTrue();
		assertThat(held.path("final").asBoolean()).isTrue();
		assertThat(held.path("events").path("game_page_viewed").asLong()).isEqualTo(6);
	}

	@Test
	void shouldSkipARecordThatIsNotWindowMetrics() {
		Instant start = window(5);
		String key = EventTime.format(start);
		publishNotJson(Topics.METRICS, key);
		// Same key, same partition: behind the bad record
		publish(open(start, 4, Duration.ofSeconds(4)));

		await().atMost(TIMEOUT).until(() -> held(start).isPresent());
	}

	@Test
	void shouldServeTheTruthOfEachMinuteOldestFirst() {
		Instant earlier = window(10);
		Instant later = window(11);
		publish(truth(later, false, 2));
		publish(truth(earlier, false, 4));
		publish(truth(earlier, true, 5));
		// an update after the final record (a re-send) never replaces it
		publish(truth(earlier, false, 1));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(truthHeld()).extracting(MinuteTruth::windowStart).contains(earlier, later).isSorted();
			assertThat(truthHeld(earlier)).hasValueSatisfying((truth) -> {
				assertThat(truth.isFinal()).isTrue();
				assertThat(MinuteTruthFixtures.views(truth)).isEqualTo(5);
			});
		});
	}

	@Test
	void shouldSkipARecordOfTheTruthThatIsNotATruthRecord() {
		Instant start = window(13);
		String key = EventTime.format(start);
		publishNotJson(Topics.GENERATOR_TRUTH, key);
		// Same key, same partition: behind the bad record
		publish(truth(start, true, 2));

		await().atMost(TIMEOUT).until(() -> truthHeld(start).isPresent());
	}

	@Test
	void shouldListInstancesUntilTheirTombstone() {
		// the contract writes instants to the millisecond
		ProcessorStatus status = running("dashboard-test-a", 3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
		publish("dashboard-test-a", status);
		await().atMost(TIMEOUT).until(() -> instanceIds().contains("dashboard-test-a"));
		assertThat(pipeline().instances()).contains(status);

		publish("dashboard-test-a", null);

		await().atMost(TIMEOUT).until(() -> !instanceIds().contains("dashboard-test-a"));
	}

	@Test
	void shouldDropAnInstanceThatFallsSilent() {
		publish("dashboard-test-b", running("dashboard-test-b", 1, Instant.now()));
		await().atMost(TIMEOUT).until(() -> instanceIds().contains("dashboard-test-b"));

		// no tombstone, no further record: gone after the instance timeout (10 s)
		await().atMost(TIMEOUT).until(() -> !instanceIds().contains("dashboard-test-b"));
	}

	@Test
	void shouldStreamThePipelineAndTheTruthThenTheirChanges() {
		Instant minute = window(12);
		publish(truth(minute, false, 3));
		publish("dashboard-test-c", running("dashboard-test-c", 1, Instant.now()));
		await().atMost(TIMEOUT)
			.until(() -> truthHeld(minute).isPresent() && instanceIds().contains("dashboard-test-c"));

		StepVerifier.create(events())
			.thenConsumeWhile((event) -> !"pipeline".equals(event.event()))
			.assertNext((pipeline) -> assertThat(pipeline.data()).contains("\"instanceId\":\"dashboard-test-c\""))
			.thenConsumeWhile((event) -> !isTruthOf(event, minute))
			.assertNext((snapshot) -> assertThat(snapshot.data()).contains("\"final\":false"))
			.then(() -> publish(truth(minute, true, 4)))
			.thenConsumeWhile((event) -> !isTruthOf(event, minute))
			.assertNext((update) -> assertThat(update.data()).contains("\"final\":true"))
			.then(() -> publish("dashboard-test-c", null))
			.thenConsumeWhile((event) -> !("status".equals(event.event()) && event.data().contains("\"STOPPED\"")))
			.assertNext((removal) -> assertThat(removal.data()).contains("\"instanceId\":\"dashboard-test-c\""))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldServeThePipelineWithTheProcessorGroupsLagAsDocumented() throws Exception {
		// the processor's group, as if it had read one record of a partition of its own
		TopicPartition partition = new TopicPartition(Topics.SEARCHES, 5);
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			// the dashboard declares the topics it reads only
			admin.createTopics(TopicDefinitions.LOCAL.storeTopics()).values().get(Topics.SEARCHES).get();
		}
		catch (ExecutionException ex) {
			assertThat(ex).hasCauseInstanceOf(TopicExistsException.class);
		}
		try (Producer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new StringSerializer());
				Consumer<String, String> processorGroup = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
								ConsumerConfig.GROUP_ID_CONFIG, "analytics-processor"),
						new StringDeserializer(), new StringDeserializer())) {
			long first = producer.send(new ProducerRecord<>(Topics.SEARCHES, 5, "s", "1")).get().offset();
			producer.send(new ProducerRecord<>(Topics.SEARCHES, 5, "s", "2")).get();
			processorGroup.assign(List.of(partition));
			processorGroup.commitSync(Map.of(partition, new OffsetAndMetadata(first + 1)));
		}

		await().atMost(TIMEOUT).until(() -> pipelineJson().path("group").path("lag").size() > 0);

		JsonNode pipeline = pipelineJson();
		assertThat(fieldNames(pipeline)).containsExactly("instances", "polledAt", "topics", "group", "rebalances",
				"deadLettered", "lateDropped", "pollError");
		assertThat(pipeline.path("polledAt").isString()).isTrue();
		assertThat(pipeline.path("pollError").isNull()).isTrue();
		assertThat(pipeline.path("deadLettered").isIntegralNumber()).isTrue();
		assertThat(pipeline.path("lateDropped").isIntegralNumber()).isTrue();
		assertThat(pipeline.path("rebalances").isArray()).isTrue();
		JsonNode metrics = topicNamed(pipeline, Topics.METRICS);
		assertThat(fieldNames(metrics)).containsExactly("name", "role", "endOffset", "ratePerSecond", "partitions");
		assertThat(metrics.path("role").asString()).isEqualTo("output");
		assertThat(fieldNames(metrics.path("partitions").get(0))).containsExactly("partition", "endOffset",
				"ratePerSecond");
		JsonNode group = pipeline.path("group");
		assertThat(fieldNames(group)).containsExactly("groupId", "state", "members", "lag", "totalLag");
		assertThat(group.path("groupId").asString()).isEqualTo("analytics-processor");
		assertThat(group.path("state").asString()).isEqualTo("EMPTY");
		JsonNode lag = group.path("lag").get(0);
		assertThat(fieldNames(lag)).containsExactly("topic", "partition", "committedOffset", "endOffset", "messages",
				"seconds");
		assertThat(lag.path("topic").asString()).isEqualTo(Topics.SEARCHES);
		assertThat(lag.path("messages").asLong()).isEqualTo(1);
		assertThat(lag.path("seconds").isNumber()).isTrue();
		assertThat(fieldNames(group.path("totalLag"))).containsExactly("messages", "seconds");
	}

	@Test
	void shouldStreamThePipelineAfterEachPoll() {
		StepVerifier.create(events().filter((event) -> "pipeline".equals(event.event())))
			.expectNextCount(1)
			.assertNext((poll) -> assertThat(poll.data()).contains("\"polledAt\":\"")
				.contains("\"name\":\"analytics.metrics\",\"role\":\"output\""))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldReportHealthAndPrometheusMetrics() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((text) -> assertThat(text).contains("dashboard_metrics_records_total")
				.contains("dashboard_sse_clients")
				.contains("dashboard_truth_records_total")
				.contains("dashboard_truth_minutes")
				.contains("dashboard_processor_instances")
				.contains("dashboard_pipeline_polls_total{outcome=\"success\"}")
				.contains("dashboard_pipeline_poll_duration_seconds")
				.contains("dashboard_group_lag_messages")
				.contains("dashboard_windows"));
	}

	private static Instant window(int n) {
		return BASE.plus(Duration.ofMinutes(n));
	}

	private static void publish(WindowMetrics metrics) {
		processor.beginTransaction();
		processor.send(record(metrics));
		processor.commitTransaction();
	}

	// as the generator does: key and timestamp are the minute's start
	private static void publish(MinuteTruth truth) {
		generator.send(new ProducerRecord<>(Topics.GENERATOR_TRUTH, null, truth.windowStart().toEpochMilli(),
				EventTime.format(truth.windowStart()), truth));
		generator.flush();
	}

	private static void publish(String instanceId, ProcessorStatus status) {
		instances.send(new ProducerRecord<>(Topics.PROCESSOR_STATUS, instanceId, status));
		instances.flush();
	}

	private static boolean isMetricsOf(ServerSentEvent<String> event, Instant start) {
		return "metrics".equals(event.event())
				&& event.data().startsWith("{\"windowStart\":\"" + EventTime.format(start));
	}

	private static boolean isTruthOf(ServerSentEvent<String> event, Instant minute) {
		return "truth".equals(event.event())
				&& event.data().startsWith("{\"windowStart\":\"" + EventTime.format(minute));
	}

	private static void publishNotJson(String topic, String key) {
		try (Producer<String, byte[]> raw = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			raw.send(new ProducerRecord<>(topic, key, "not json".getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static ProducerRecord<String, WindowMetrics> record(WindowMetrics metrics) {
		return new ProducerRecord<>(Topics.METRICS, EventTime.format(metrics.windowStart()), metrics);
	}

	private Flux<ServerSentEvent<String>> events() {
		return events(null);
	}

	private Flux<ServerSentEvent<String>> events(String lastEventId) {
		return this.client.get().uri("/api/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		})
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
	}

	private Flux<WindowMetrics> metricsEvents() {
		return events().filter((event) -> "metrics".equals(event.event()))
			.map((event) -> EventJson.mapper().readValue(event.data(), WindowMetrics.class));
	}

	private List<WindowMetrics> windows() {
		return List.of(EventJson.mapper().readValue(json("/api/windows"), WindowMetrics[].class));
	}

	private JsonNode windowsJson() {
		return EventJson.mapper().readTree(json("/api/windows"));
	}

	private Optional<WindowMetrics> held(Instant start) {
		return windows().stream().filter((window) -> window.windowStart().equals(start)).findFirst();
	}

	private List<MinuteTruth> truthHeld() {
		return List.of(EventJson.mapper().readValue(json("/api/truth"), MinuteTruth[].class));
	}

	private Optional<MinuteTruth> truthHeld(Instant start) {
		return truthHeld().stream().filter((truth) -> truth.windowStart().equals(start)).findFirst();
	}

	private Pipeline pipeline() {
		return EventJson.mapper().readValue(json("/api/pipeline"), Pipeline.class);
	}

	private JsonNode pipelineJson() {
		return EventJson.mapper().readTree(json("/api/pipeline"));
	}

	private static JsonNode topicNamed(JsonNode pipeline, String name) {
		for (JsonNode topic : pipeline.path("topics")) {
			if (topic.path("name").asString().equals(name)) {
				return topic;
			}
		}
		throw new AssertionError("no topic " + name + " in " + pipeline);
	}

	private static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	private List<String> instanceIds() {
		return pipeline().instances().stream().map(ProcessorStatus::instanceId).toList();
	}

	private byte[] json(String path) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

}
