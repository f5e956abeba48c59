package dev.kafkaplayground.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

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

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard against a real broker: records written to {@code analytics.metrics} the
 * way the processor writes them (in transactions, with the contract's serializer) reach
 * {@code /api/windows} and {@code /api/stream}. Each test uses windows of its own.
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
	}

	@AfterAll
	static void stopProcessor() {
		processor.close();
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
	void shouldSkipARecordThatIsNotWindowMetrics() {
		Instant start = window(5);
		String key = EventTime.format(start);
		try (Producer<String, byte[]> raw = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			raw.send(new ProducerRecord<>(Topics.METRICS, key, "not json".getBytes(StandardCharsets.UTF_8)));
		}
		// Same key, same partition: behind the bad record
		publish(open(start, 4, Duration.ofSeconds(4)));

		await().atMost(TIMEOUT).until(() -> held(start).isPresent());
	}

	@Test
	void shouldServeThePageAtTheRoot() {
		this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<script src=\"app.js\" defer></script>")
				.doesNotContain("http://")
				.doesNotContain("https://"));
		this.client.get().uri("/app.js").exchange().expectStatus().isOk();
		this.client.get().uri("/app.css").exchange().expectStatus().isOk();
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

	private static ProducerRecord<String, WindowMetrics> record(WindowMetrics metrics) {
		return new ProducerRecord<>(Topics.METRICS, EventTime.format(metrics.windowStart()), metrics);
	}

	private Flux<ServerSentEvent<String>> events() {
		return this.client.get()
			.uri("/api/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
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
		byte[] body = this.client.get()
			.uri("/api/windows")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return List.of(EventJson.mapper().readValue(body, WindowMetrics[].class));
	}

	private Optional<WindowMetrics> held(Instant start) {
		return windows().stream().filter((window) -> window.windowStart().equals(start)).findFirst();
	}

}
