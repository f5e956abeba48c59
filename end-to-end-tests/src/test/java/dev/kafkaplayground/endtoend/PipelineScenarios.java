package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import dev.kafkaplayground.deploy.GrafanaDashboard;
import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.events.topics.DeadLetterHeaders;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a learner sees, asserted: generated events flow through the processor into the
 * dashboard's live stream, and a malformed event is dead-lettered without stopping
 * anything. Subclasses pick the broker, so every scenario runs on each kind of real
 * broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PipelineScenarios {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private TestKafkaBroker broker;

	private Playground playground;

	/** The broker the scenarios run against. */
	abstract TestKafkaBroker broker();

	@BeforeAll
	void startPlayground(@TempDir Path stateDir) {
		this.broker = broker();
		this.playground = new Playground(this.broker, stateDir);
	}

	@AfterAll
	void stopPlayground() {
		if (this.playground != null) {
			this.playground.close();
		}
	}

	/**
	 * The processor against the generator's ground truth: for the first minute both have
	 * closed, every figure the two share is equal. Runs first, before the dead-letter
	 * scenario adds an event of its own.
	 */
	@Test
	@Order(1)
	void shouldComputeForAClosedMinuteExactlyWhatTheGeneratorProduced() {
		Map<Instant, MinuteTruth> truth = new HashMap<>();
		Map<Instant, WindowMetrics> computed = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer("truth-check")) {
			consumer.subscribe(List.of(Topics.GENERATOR_TRUTH, Topics.METRICS));
			Instant minute = await().atMost(Duration.ofSeconds(180)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.topic().equals(Topics.GENERATOR_TRUTH)) {
						MinuteTruth value = EventJson.mapper().readValue(record.value(), MinuteTruth.class);
						if (value.isFinal()) {
							truth.put(value.windowStart(), value);
						}
					}
					else {
						WindowMetrics value = EventJson.mapper().readValue(record.value(), WindowMetrics.class);
						if (value.isFinal()) {
							computed.put(value.windowStart(), value);
						}
					}
				}
				return truth.keySet().stream().filter(computed::containsKey).findFirst().orElse(null);
			}, (found) -> found != null);
			MinuteTruth expected = truth.get(minute);
			WindowMetrics actual = computed.get(minute);
			assertThat(actual.events()).isEqualTo(expected.events());
			assertThat(actual.revenueCents()).isEqualTo(expected.revenueCents());
			assertThat(actual.orders()).isEqualTo(expected.orders());
			assertThat(actual.games()).isEqualTo(expected.games());
			assertThat(actual.funnel()).isEqualTo(expected.funnel());
			assertThat(actual.totalEvents()).isPositive();
		}
	}

	/**
	 * Every meter the provisioned Grafana dashboard charts is one the services expose.
	 * Runs after the closed minute: Micrometer binds a Kafka Streams task's metrics up to
	 * a minute after the task starts.
	 */
	@Test
	@Order(2)
	void shouldExposeEveryMeterTheGrafanaDashboardCharts() {
		Set<String> charted = GrafanaDashboard.load().meterNames();
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(PATIENCE).untilAsserted(() -> {
			Set<String> exposed = new TreeSet<>();
			for (String url : this.playground.serviceUrls()) {
				String scrape = http
					.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				scrape.lines()
					.filter((line) -> !line.startsWith("#") && !line.isBlank())
					.map((line) -> line.split("[{ ]", 2)[0])
					.forEach(exposed::add);
			}
			assertThat(exposed).containsAll(charted);
		});
	}

	/**
	 * Poison pills through the real processor: the dashboard counts exactly as many dead
	 * letters as the generator reports poison pills acknowledged by the broker, although
	 * the processor writes them in transactions, whose markers the topic's end offsets
	 * count too. Runs before the dead-letter scenario adds a dead letter of its own.
	 */
	@Test
	@Order(3)
	void shouldCountOnTheDashboardAsManyDeadLettersAsTheGeneratorSentPoisonPills() {
		HttpClient http = HttpClient.newHttpClient();
		poisonFraction(http, 0.05);
		await().atMost(PATIENCE).until(() -> poisonPillsSent(http) >= 50);
		poisonFraction(http, 0);

		// equal, and staying so: every pill sent has been dead-lettered and counted
		await().atMost(PATIENCE)
			.during(Duration.ofSeconds(5))
			.until(() -> pipeline(http).path("deadLettered").asLong() == poisonPillsSent(http));
		JsonNode pipeline = pipeline(http);
		long deadLettered = pipeline.path("deadLettered").asLong();
		assertThat(deadLettered).isGreaterThanOrEqualTo(50);
		for (JsonNode topic : pipeline.path("topics")) {
			if (topic.path("name").asString().equals(Topics.DEAD_LETTERS)) {
				assertThat(topic.path("endOffset").asLong()).as("records and transaction markers")
					.isGreaterThan(deadLettered);
			}
		}
	}

	private void poisonFraction(HttpClient http, double fraction) {
		String body = "{\"poisonFraction\":" + fraction + "}";
		HttpResponse<String> response = send(http,
				HttpRequest.newBuilder(URI.create(this.playground.generatorUrl() + "/api/generator/faults"))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(body))
					.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	// the generator's count of poison pills the broker acknowledged
	private long poisonPillsSent(HttpClient http) {
		String scrape = get(http, this.playground.generatorUrl() + "/actuator/prometheus");
		return scrape.lines()
			.filter((line) -> line.startsWith("playground_generator_faults_acknowledged_total{")
					&& line.contains("fault=\"poison\""))
			.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private JsonNode pipeline(HttpClient http) {
		return EventJson.mapper().readTree(get(http, this.playground.dashboardUrl() + "/api/pipeline"));
	}

	private static String get(HttpClient http, String url) {
		return send(http, HttpRequest.newBuilder(URI.create(url)).build()).body();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void shouldStreamIncreasingLiveMetricsToTheDashboard() {
		Flux<WindowMetrics> stream = WebClient.create(this.playground.dashboardUrl())
			.get()
			.uri("/api/stream")
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.filter((event) -> "metrics".equals(event.event()) && event.data() != null)
			.map((event) -> EventJson.mapper().readValue(event.data(), WindowMetrics.class));
		// Live, increasing numbers: a later update of a window with more events
		// than an earlier one.
		Map<Instant, Long> seen = new ConcurrentHashMap<>();
		WindowMetrics grown = stream.filter((metrics) -> {
			Long before = seen.put(metrics.windowStart(), metrics.totalEvents());
			return before != null && metrics.totalEvents() > before;
		}).blockFirst(PATIENCE);
		assertThat(grown).isNotNull();
		assertThat(grown.events()).containsOnlyKeys("game_page_viewed", "wishlist_action", "cart_action", "purchase",
				"search_performed");
		assertThat(grown.windowEnd()).isEqualTo(grown.windowStart().plus(Duration.ofMinutes(1)));
	}

	@Test
	void shouldDeadLetterAMalformedEventWithItsReasonAndKeepProcessing() throws Exception {
		byte[] malformed = "{\"eventType\":\"purchase\",\"oops\":".getBytes(StandardCharsets.UTF_8);
		StoreEvent valid = new CartAction(UUID.randomUUID(), EventTime.truncate(Instant.now()), "s-malformed", "u-1",
				Platform.WEB, "US", "g-001", ItemAction.ADD, 999);
		RecordMetadata afterIt;
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.CART_EVENTS, "s-malformed", malformed)).get();
			afterIt = producer
				.send(new ProducerRecord<>(Topics.CART_EVENTS, "s-malformed",
						EventJson.mapper().writeValueAsBytes(valid)))
				.get();
		}
		try (KafkaConsumer<String, byte[]> consumer = consumer("dlq-check")) {
			consumer.subscribe(List.of(Topics.DEAD_LETTERS));
			ConsumerRecord<String, byte[]> dead = await().atMost(PATIENCE)
				.until(() -> find(consumer, "s-malformed"), (record) -> record != null);
			assertThat(dead.value()).isEqualTo(malformed);
			assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith("value is not valid JSON");
			assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.CART_EVENTS);
		}
		// The partition is not stuck: the processor commits past the valid event
		// sent after the malformed one.
		TopicPartition partition = new TopicPartition(afterIt.topic(), afterIt.partition());
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers()))) {
			await().atMost(PATIENCE).until(() -> committedOffset(admin, partition) > afterIt.offset());
		}
	}

	private static long committedOffset(Admin admin, TopicPartition partition) throws Exception {
		OffsetAndMetadata committed = admin.listConsumerGroupOffsets(ProcessorNames.APPLICATION_ID)
			.partitionsToOffsetAndMetadata()
			.get()
			.get(partition);
		return (committed != null) ? committed.offset() : -1;
	}

	private KafkaConsumer<String, byte[]> consumer(String group) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, group + "-" + System.nanoTime(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
	}

	private static ConsumerRecord<String, byte[]> find(KafkaConsumer<String, byte[]> consumer, String key) {
		for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
			if (key.equals(record.key())) {
				return record;
			}
		}
		return null;
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
