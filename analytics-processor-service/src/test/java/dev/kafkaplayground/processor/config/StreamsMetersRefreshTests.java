package dev.kafkaplayground.processor.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.streams.KafkaStreamsMicrometerListener;

import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processor's Kafka Streams meters: bound by one listener, and a metric Kafka Streams
 * creates after start becomes a meter within seconds, not the minute of Micrometer's
 * default.
 */
class StreamsMetersRefreshTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	@TempDir
	Path state;

	@Test
	void shouldReplaceTheListenerSpringBootAdds() {
		MeterRegistry registry = new SimpleMeterRegistry();
		StreamsBuilderFactoryBean factoryBean = new StreamsBuilderFactoryBean();
		factoryBean.addListener(new KafkaStreamsMicrometerListener(registry));

		new StreamsMetersRefresh(registry).configure(factoryBean);

		assertThat(factoryBean.getListeners()).singleElement().isInstanceOf(StreamsMetersRefresh.Listener.class);
	}

	@Test
	void shouldBindThePartitionLagOfATaskAssignedAfterStartWithinTheInterval() throws Exception {
		String topic = "meters.refresh-" + UUID.randomUUID();
		createTopicWithOneRecord(topic);
		StreamsBuilder builder = new StreamsBuilder();
		builder.stream(topic, Consumed.with(Serdes.String(), Serdes.String())).foreach((key, value) -> {
		});
		MeterRegistry registry = new SimpleMeterRegistry();
		StreamsMetersRefresh.Listener listener = new StreamsMetersRefresh.Listener(registry);
		long bindingThreads = bindingThreads();
		try (KafkaStreams streams = new KafkaStreams(builder.build(), config())) {
			listener.streamsAdded("meters", streams);
			assertThat(partitionLagMeters(registry, topic)).as("bound before any task is assigned").isZero();
			streams.start();

			// Micrometer's default would bind it only a minute after start
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(partitionLagMeters(registry, topic)).isPositive());

			listener.streamsRemoved("meters", streams);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(bindingThreads()).as("the binding thread stops with the streams")
				.isEqualTo(bindingThreads));
	}

	/** Binding threads in this JVM (another test's application may have some). */
	private static long bindingThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals("kafka-streams-meters") && thread.isAlive())
			.count();
	}

	private static long partitionLagMeters(MeterRegistry registry, String topic) {
		return registry.getMeters()
			.stream()
			.map((meter) -> meter.getId())
			.filter((id) -> id.getName().equals("kafka.consumer.fetch.manager.records.lag")
					&& topic.equals(id.getTag("topic")) && id.getTag("partition") != null)
			.count();
	}

	private Properties config() {
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "meters-" + UUID.randomUUID());
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
		config.put(StreamsConfig.STATE_DIR_CONFIG, this.state.toString());
		return config;
	}

	private static void createTopicWithOneRecord(String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
				KafkaProducer<String, String> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
						new StringSerializer(), new StringSerializer())) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
			producer.send(new ProducerRecord<>(topic, "key", "value")).get();
		}
	}

}
