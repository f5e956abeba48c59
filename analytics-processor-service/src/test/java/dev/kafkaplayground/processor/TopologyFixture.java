package dev.kafkaplayground.processor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.Topics;

/**
 * The production topology in a {@link TopologyTestDriver}, with the application's default
 * settings, a mock wall clock starting at {@link #WALL_CLOCK_START} and records
 * timestamped like a producer that uses {@code occurredAt}.
 */
public final class TopologyFixture implements AutoCloseable {

	public static final Instant WALL_CLOCK_START = Instant.parse("2026-11-24T12:00:00Z");

	/** The application's default interval between update records. */
	public static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

	private final TopologyTestDriver driver;

	private final Map<String, TestInputTopic<String, byte[]>> storeTopics;

	private final TestOutputTopic<String, WindowMetrics> metrics;

	private final TestOutputTopic<String, byte[]> deadLetters;

	private final TestOutputTopic<String, byte[]> deltas;

	private final List<TestRecord<String, WindowMetrics>> allMetrics = new ArrayList<>();

	public TopologyFixture() {
		this(TestProperties.defaults());
	}

	public TopologyFixture(ProcessorProperties settings) {
		StreamsBuilder builder = new StreamsBuilder();
		// the test driver gives every topic one partition: one input task
		new AnalyticsTopology(settings, 1).build(builder);
		this.driver = new TopologyTestDriver(builder.build(), streamsProperties(), WALL_CLOCK_START);
		this.storeTopics = Topics.STORE_TOPICS.stream()
			.collect(Collectors.toMap(Function.identity(),
					(topic) -> this.driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())));
		this.metrics = this.driver.createOutputTopic(Topics.METRICS, new StringDeserializer(),
				PlaygroundSerdes.windowMetricsDeserializer());
		this.deadLetters = this.driver.createOutputTopic(Topics.DEAD_LETTERS, new StringDeserializer(),
				new ByteArrayDeserializer());
		this.deltas = this.driver.createOutputTopic(
				"analytics-processor-" + ProcessorNames.WINDOW_DELTAS_REPARTITION + "-repartition",
				new StringDeserializer(), new ByteArrayDeserializer());
	}

	private static Properties streamsProperties() {
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "analytics-processor");
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.STATE_DIR_CONFIG,
				Path.of("target", "topology-test-state", UUID.randomUUID().toString()).toString());
		return properties;
	}

	/** An instant of {@link #WALL_CLOCK_START}'s day, e.g. {@code at("12:00:59.999")}. */
	public static Instant at(String timeOfDay) {
		return Instant.parse("2026-11-24T" + timeOfDay + "Z");
	}

	/** Sends a valid event to its topic, keyed by session, timestamped with its time. */
	public void send(StoreEvent event) {
		send(event.eventType().topic(), event.sessionId(), StoreEvents.json(event), event.occurredAt());
	}

	public void send(String topic, String key, byte[] value, Instant timestamp, Header... headers) {
		this.storeTopics.get(topic)
			.pipeInput(new TestRecord<>(key, value, new RecordHeaders(headers), timestamp.toEpochMilli()));
	}

	public void send(String topic, String key, String value, Instant timestamp) {
		send(topic, key, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : null, timestamp);
	}

	public void advanceWallClock(Duration duration) {
		this.driver.advanceWallClockTime(duration);
	}

	/** Metrics records published since the last call, in order. */
	public List<TestRecord<String, WindowMetrics>> metricsRecords() {
		List<TestRecord<String, WindowMetrics>> records = this.metrics.readRecordsToList();
		this.allMetrics.addAll(records);
		return records;
	}

	/** Every metrics record published since the start, in order. */
	public List<TestRecord<String, WindowMetrics>> metricsRecordsSoFar() {
		metricsRecords();
		return List.copyOf(this.allMetrics);
	}

	/**
	 * The last record published so far of the window starting at {@code windowStart}
	 * (e.g. {@code 12:05}, a time of {@link #WALL_CLOCK_START}'s day).
	 */
	public WindowMetrics latest(String windowStart) {
		String key = "2026-11-24T" + windowStart + ":00.000Z";
		List<TestRecord<String, WindowMetrics>> records = metricsRecordsSoFar();
		return records.stream()
			.filter((record) -> record.key().equals(key))
			.reduce((first, second) -> second)
			.map(TestRecord::value)
			.orElseThrow(() -> new AssertionError("no record of window " + key + " in " + records));
	}

	/** Records on the repartition topic to the window aggregation since the last call. */
	public long deltasShuffled() {
		return this.deltas.readRecordsToList().size();
	}

	/** Dead letters published since the last call, in order. */
	public List<TestRecord<String, byte[]>> deadLetters() {
		return this.deadLetters.readRecordsToList();
	}

	public <K, V> KeyValueStore<K, V> store(String name) {
		return this.driver.getKeyValueStore(name);
	}

	/** Sum of a custom {@code stream-analytics-metrics} total over all tasks. */
	public double analyticsMetricTotal(String name) {
		return this.driver.metrics()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().group().equals("stream-analytics-metrics")
					&& entry.getKey().name().equals(name))
			.map(Map.Entry::getValue)
			.mapToDouble((metric) -> ((Number) metric.metricValue()).doubleValue())
			.sum();
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
