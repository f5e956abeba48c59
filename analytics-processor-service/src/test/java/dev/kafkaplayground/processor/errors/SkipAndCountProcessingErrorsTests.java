package dev.kafkaplayground.processor.errors;

import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor that throws on one record, run with the handler as the application
 * configures it: the record is skipped and counted, the next one goes through.
 */
class SkipAndCountProcessingErrorsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@AfterEach
	void removeRegistry() {
		Metrics.globalRegistry.remove(this.registry);
	}

	@Test
	void shouldSkipAndCountARecordThatAProcessorFailsOnAndGoOn() {
		Metrics.globalRegistry.add(this.registry);
		StreamsBuilder builder = new StreamsBuilder();
		builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).mapValues((value) -> {
			if (value.equals("bug")) {
				throw new IllegalStateException("a metric's bug");
			}
			return value.toUpperCase();
		}).to("out", Produced.with(Serdes.String(), Serdes.String()));
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "errors-test");
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		properties.put(StreamsConfig.STATE_DIR_CONFIG,
				Path.of("target", "topology-test-state", UUID.randomUUID().toString()).toString());
		properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
				SkipAndCountProcessingErrors.class.getName());

		try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties)) {
			TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
					new StringSerializer());
			TestOutputTopic<String, String> out = driver.createOutputTopic("out", new StringDeserializer(),
					new StringDeserializer());
			in.pipeInput("k", "bug");
			in.pipeInput("k", "fine");

			assertThat(out.readValuesToList()).containsExactly("FINE");
		}
		assertThat(this.registry.get(SkipAndCountProcessingErrors.COUNTER).counter().count()).isEqualTo(1.0);
	}

}
