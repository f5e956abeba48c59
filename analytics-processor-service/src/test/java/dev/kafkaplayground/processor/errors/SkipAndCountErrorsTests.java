package dev.kafkaplayground.processor.errors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topologies that meet a record they cannot read and a record their code throws on, run
 * with the handlers and dead-letter topic as the application configures them: each record
 * is skipped, counted and written to the dead-letter topic with Kafka Streams' headers;
 * the next one goes through.
 */
class SkipAndCountErrorsTests {

	private static final String DEAD_LETTERS = "dead-letters";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeEach
	void addRegistry() {
		Metrics.globalRegistry.add(this.registry);
	}

	@AfterEach
	void removeRegistry() {
		Metrics.globalRegistry.remove(this.registry);
	}

	@Test
	void shouldSkipCountAndDeadLetterARecordThatAProcessorFailsOn() {
		StreamsBuilder builder = new StreamsBuilder();
		builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).mapValues((value) -> {
			if (value.equals("bug")) {
				throw new IllegalStateException("a metric's bug");
			}
			return value.toUpperCase();
		}).to("out", Produced.with(Serdes.String(), Serdes.String()));

		try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties())) {
			TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
					new StringSerializer());
			in.pipeInput("k", "bug");
			in.pipeInput("k", "fine");

			assertThat(output(driver, "out")).containsExactly("FINE");
			TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
			assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("bug");
			assertThat(header(deadLetter.headers(), "__streams.errors.exception"))
				.isEqualTo(IllegalStateException.class.getName());
			assertThat(header(deadLetter.headers(), "__streams.errors.message")).isEqualTo("a metric's bug");
			assertThat(header(deadLetter.headers(), "__streams.errors.topic")).isEqualTo("in");
		}
		assertThat(this.registry.get(SkipAndCountProcessingErrors.COUNTER).counter().count()).isEqualTo(1.0);
	}

	@Test
	void shouldSkipCountAndDeadLetterARecordThatCannotBeDeserialized() {
		StreamsBuilder builder = new StreamsBuilder();
		builder.stream("in", Consumed.with(Serdes.String(), Serdes.Integer()))
			.mapValues((value) -> "read " + value)
			.to("out", Produced.with(Serdes.String(), Serdes.String()));

		try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties())) {
			driver.createInputTopic("in", new StringSerializer(), new StringSerializer())
				.pipeInput("k", "not a number");
			driver.createInputTopic("in", new StringSerializer(), new IntegerSerializer()).pipeInput("k", 42);

			assertThat(output(driver, "out")).containsExactly("read 42");
			TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
			assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a number");
			assertThat(header(deadLetter.headers(), "__streams.errors.exception")).contains("SerializationException");
			assertThat(header(deadLetter.headers(), "__streams.errors.topic")).isEqualTo("in");
		}
		assertThat(this.registry.get(SkipAndCountDeserializationErrors.COUNTER).counter().count()).isEqualTo(1.0);
	}

	private static Properties properties() {
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "errors-test");
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		properties.put(StreamsConfig.STATE_DIR_CONFIG,
				Path.of("target", "topology-test-state", UUID.randomUUID().toString()).toString());
		properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
				SkipAndCountProcessingErrors.class.getName());
		properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
				SkipAndCountDeserializationErrors.class.getName());
		properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTERS);
		return properties;
	}

	private static List<String> output(TopologyTestDriver driver, String topic) {
		TestOutputTopic<String, String> out = driver.createOutputTopic(topic, new StringDeserializer(),
				new StringDeserializer());
		return out.readValuesToList();
	}

	private static TestOutputTopic<byte[], byte[]> deadLetters(TopologyTestDriver driver) {
		return driver.createOutputTopic(DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private static String header(Headers headers, String name) {
		assertThat(headers.lastHeader(name)).as("header %s", name).isNotNull();
		return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
