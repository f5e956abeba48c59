package dev.kafkaplayground.processor.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real consumer's meters, bound the way Micrometer's Kafka binders bind them: a topic
 * with a dot in its name has its partitions' lag twice, once per tag form, and once with
 * the filter.
 */
class TopicMetersUnderRealNamesTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	private static final String TOPIC = "meters.lag-" + UUID.randomUUID();

	private static final int PARTITIONS = 2;

	private static final String RECORDS_LAG = "kafka.consumer.fetch.manager.records.lag";

	@BeforeAll
	static void createTopicWithRecords() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
				KafkaProducer<String, String> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
						new StringSerializer(), new StringSerializer())) {
			admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get();
			for (int partition = 0; partition < PARTITIONS; partition++) {
				producer.send(new ProducerRecord<>(TOPIC, partition, "key", "value")).get();
			}
		}
	}

	@Test
	void shouldBindEachPartitionsLagUnderBothTopicTagFormsWithoutTheFilter() {
		String underscored = TOPIC.replace('.', '_');

		assertThat(recordsLagSeries(boundMeters(new SimpleMeterRegistry()))).containsExactlyInAnyOrder(TOPIC + "/0",
				TOPIC + "/1", underscored + "/0", underscored + "/1");
	}

	@Test
	void shouldBindEachPartitionsLagOnceUnderTheRealTopicNameWithTheFilter() {
		MeterRegistry registry = new SimpleMeterRegistry();
		registry.config().meterFilter(new TopicMetersUnderRealNames(List.of(TOPIC)));

		assertThat(recordsLagSeries(boundMeters(registry))).containsExactlyInAnyOrder(TOPIC + "/0", TOPIC + "/1");
	}

	@Test
	void shouldKeepTheMetersOfTopicsItWasNotGiven() {
		MeterRegistry registry = new SimpleMeterRegistry();
		registry.config().meterFilter(new TopicMetersUnderRealNames(List.of("store.purchases")));

		assertThat(recordsLagSeries(boundMeters(registry))).hasSize(2 * PARTITIONS);
	}

	@Test
	void shouldKeepTheConsumersMetersWithoutATopicTag() {
		MeterRegistry registry = new SimpleMeterRegistry();
		registry.config().meterFilter(new TopicMetersUnderRealNames(List.of(TOPIC)));

		assertThat(boundMeters(registry)).filteredOn((id) -> id.getTag("topic") == null)
			.extracting(Meter.Id::getName)
			.contains("kafka.consumer.fetch.manager.fetch.total", "kafka.consumer.fetch.manager.fetch.latency.avg");
	}

	/** The records-lag meters of one partition each, as {@code <topic>/<partition>}. */
	private static List<String> recordsLagSeries(List<Meter.Id> meters) {
		return meters.stream()
			.filter((id) -> id.getName().equals(RECORDS_LAG) && id.getTag("partition") != null)
			.map((id) -> id.getTag("topic") + "/" + id.getTag("partition"))
			.toList();
	}

	/** The meters bound for a consumer that read the topic. */
	private static List<Meter.Id> boundMeters(MeterRegistry registry) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
				.mapToObj((partition) -> new TopicPartition(TOPIC, partition))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			AtomicInteger read = new AtomicInteger();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> read.addAndGet(consumer.poll(Duration.ofMillis(200)).count()) == PARTITIONS);
			try (KafkaClientMetrics metrics = new KafkaClientMetrics(consumer)) {
				metrics.bindTo(registry);
				return registry.getMeters().stream().map(Meter::getId).toList();
			}
		}
	}

}
