package dev.kafkaplayground.processor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.DeadLetterHeaders;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application against a real broker, with exactly-once processing: valid events
 * become metrics records, an invalid one becomes a dead letter.
 */
@SpringBootTest(useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
@AutoConfigureWebTestClient
class AnalyticsProcessorApplicationTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	private static final String RUN = UUID.randomUUID().toString();

	private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

	private KafkaProducer<String, byte[]> producer;

	private KafkaConsumer<String, byte[]> consumer;

	@DynamicPropertySource
	static void kafkaProperties(DynamicPropertyRegistry registry) {
		TestKafka.register(registry, broker);
		registry.add("spring.kafka.streams.application-id", () -> "analytics-processor-test-" + RUN);
		registry.add("spring.kafka.streams.state-dir",
				() -> Path.of("target", "kafka-streams-state", RUN).toAbsolutePath().toString());
		// the event that closes the window reaches one partition's task; the others hear
		// nothing more and hold the window open until they count as stalled (60 s by
		// default, as long as the test waits)
		registry.add("playground.processor.stalled-task-timeout", () -> "5s");
	}

	@BeforeEach
	void openClients() {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
				new StringSerializer(), new ByteArraySerializer());
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

	@AfterEach
	void closeClients() {
		this.producer.close();
		this.consumer.close();
	}

	@Test
	void shouldRunExactlyOnceFromTheServicesOwnConfigurationFile(@Autowired Environment environment) {
		assertThat(environment.getProperty("spring.application.name")).isEqualTo("analytics-processor");
		assertThat(environment.getProperty("spring.kafka.streams.properties.processing.guarantee"))
			.isEqualTo("exactly_once_v2");
		assertThat(environment.getProperty("spring.kafka.streams.properties.errors.dead.letter.queue.topic.name"))
			.isEqualTo(Topics.DEAD_LETTERS);
	}

	/**
	 * Kafka's consumer metrics of a store topic come under the real name and again with
	 * underscores; the registry keeps the first only ({@code TopicMetersUnderRealNames}).
	 */
	@Test
	void shouldKeepTheConsumersStoreTopicMetersUnderTheRealTopicNameOnly(@Autowired MeterRegistry registry) {
		String lag = "kafka.consumer.fetch.manager.records.lag";
		registry.gauge(lag, Tags.of("topic", "store.purchases", "partition", "99"), 0);
		registry.gauge(lag, Tags.of("topic", "store_purchases", "partition", "99"), 0);

		assertThat(registry.find(lag).tag("partition", "99").meters())
			.extracting((meter) -> meter.getId().getTag("topic"))
			.containsExactly("store.purchases");
	}

	@Test
	void shouldTurnStoreEventsIntoMetricsAndInvalidRecordsIntoDeadLetters(@Autowired WebTestClient webClient) {
		Instant window = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
		send(pageView("s-1", window.plusSeconds(1)));
		send(pageView("s-2", window.plusSeconds(2)));
		send(purchase("s-1", window.plusSeconds(3), 1999, 500));
		this.producer.send(new ProducerRecord<>(Topics.PURCHASES, "s-3", "{oops".getBytes(StandardCharsets.UTF_8)));
		this.producer.flush();
		assignAll(Topics.METRICS, Topics.DEAD_LETTERS);
		String windowKey = EventTime.format(window);
		awaitReceived(() -> assertThat(metrics(windowKey)).last()
			.satisfies((update) -> assertThat(update.totalEvents()).isEqualTo(3)));

		// Stream time only moves with events: a later one closes the window.
		send(pageView("s-3", window.plus(Duration.ofMinutes(2))));
		this.producer.flush();
		awaitReceived(
				() -> assertThat(metrics(windowKey)).last().satisfies((last) -> assertThat(last.isFinal()).isTrue()));

		List<WindowMetrics> windowRecords = metrics(windowKey);
		assertThat(windowRecords.subList(0, windowRecords.size() - 1)).noneMatch(WindowMetrics::isFinal);
		WindowMetrics metrics = windowRecords.get(windowRecords.size() - 1);
		assertThat(metrics.events()).containsEntry("game_page_viewed", 2L).containsEntry("purchase", 1L);
		assertThat(metrics.revenueCents()).isEqualTo(2499);
		assertThat(metrics.orders()).isOne();
		ConsumerRecord<String, byte[]> deadLetter = single(deadLetters());
		assertThat(deadLetter.key()).isEqualTo("s-3");
		assertThat(
				new String(deadLetter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
			.startsWith("value is not valid JSON");

		// A record that does not deserialize on the processor's own repartition topic
		// (anyone
		// can write to it) goes to the dead letters with Kafka Streams' headers, and the
		// window aggregation behind it goes on: an event sent after it is counted.
		String repartition = "analytics-processor-test-" + RUN + "-window-deltas-repartition";
		this.producer
			.send(new ProducerRecord<>(repartition, 0, "not-a-window", "{oops".getBytes(StandardCharsets.UTF_8)));
		this.producer.flush();
		Instant now = Instant.now();
		send(pageView("s-4", now));
		this.producer.flush();
		awaitReceived(() -> assertThat(metrics(EventTime.format(now.truncatedTo(ChronoUnit.MINUTES)))).isNotEmpty());
		ConsumerRecord<String, byte[]> unreadable = single(deadLetters().stream()
			.filter((record) -> record.headers().lastHeader("__streams.errors.topic") != null)
			.toList());
		assertThat(
				new String(unreadable.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8))
			.isEqualTo(repartition);
		assertThat(unreadable.value()).asString(StandardCharsets.UTF_8).isEqualTo("{oops");
		webClient.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.kafkaStreams.details.state")
			.isEqualTo("RUNNING");
		// Kafka Streams' meters of every task and store make the page larger than the
		// client's default buffer
		webClient.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("kafka_stream_thread_process_total")
				.contains("playground_processor_processing_errors_total")
				.containsPattern("playground_processor_deserialization_errors_total(\\{[^}]*})? [1-9]\\d*\\.0"));
	}

	private void send(StoreEvent event) {
		this.producer.send(new ProducerRecord<>(event.eventType().topic(), null, event.occurredAt().toEpochMilli(),
				event.sessionId(), StoreEvents.json(event)));
	}

	private void assignAll(String... topics) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			for (int partition = 0; partition < TestKafka.PARTITIONS; partition++) {
				partitions.add(new TopicPartition(topic, partition));
			}
		}
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
	}

	/** Polls until the assertion holds; records received stay in {@link #received}. */
	private void awaitReceived(ThrowingRunnable assertion) {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
			assertion.run();
		});
	}

	/** The window's metrics records received so far, in order. */
	private List<WindowMetrics> metrics(String windowKey) {
		return this.received.stream()
			.filter((record) -> record.topic().equals(Topics.METRICS) && record.key().equals(windowKey))
			.map((record) -> EventJson.mapper().readValue(record.value(), WindowMetrics.class))
			.toList();
	}

	private static <T> T single(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private List<ConsumerRecord<String, byte[]>> deadLetters() {
		return this.received.stream().filter((record) -> record.topic().equals(Topics.DEAD_LETTERS)).toList();
	}

}
