package dev.kafkaplayground.labs.revenue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.labs.LabTopic;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static dev.kafkaplayground.labs.revenue.TestPurchases.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The revenue job on a real broker, with the program's own settings (exactly-once): a
 * closed minute is printed and written once, read-committed, as JSON.
 */
class RevenuePerMinuteKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.embedded();

	@TempDir
	Path stateDir;

	@Test
	void shouldWriteAClosedMinuteOnceInATransaction() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(Topics.PURCHASES, TestKafka.PARTITIONS, (short) 1))).all().get();
		}
		assertThat(LabTopic.ensure(broker.bootstrapServers(), RevenueTopology.OUTPUT_TOPIC, 1))
			.isEqualTo("topic lab.revenue-per-minute created with 1 partition");
		Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(10));
		// one session, so one partition: the closing purchase cannot overtake the others
		send(purchase(minute.plusSeconds(5), 1999), purchase(minute.plusSeconds(59), 1),
				purchase(minute.plusSeconds(90), 500));

		List<RevenueWindow> printed = new CopyOnWriteArrayList<>();
		StreamsBuilder builder = new StreamsBuilder();
		RevenueTopology.build(builder, AutoOffsetReset.earliest(), printed::add);
		RevenueWindow expected = new RevenueWindow(minute, minute.plusSeconds(60), 2, 2000);
		try (KafkaStreams streams = new KafkaStreams(builder.build(),
				RevenuePerMinute.streamsConfig(broker.bootstrapServers(), this.stateDir))) {
			streams.start();
			await().atMost(Duration.ofSeconds(90)).until(() -> !printed.isEmpty());
		}
		assertThat(printed).containsExactly(expected);
		try (KafkaConsumer<String, RevenueWindow> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), RevenueWindow.serde().deserializer())) {
			List<TopicPartition> output = List.of(new TopicPartition(RevenueTopology.OUTPUT_TOPIC, 0));
			consumer.assign(output);
			consumer.seekToBeginning(output);
			List<RevenueWindow> written = new CopyOnWriteArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> written.add(record.value()));
				return !written.isEmpty();
			});
			assertThat(written).containsExactly(expected);
		}
	}

	private static void send(Purchase... purchases) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			for (Purchase purchase : purchases) {
				producer.send(new ProducerRecord<>(Topics.PURCHASES, null, purchase.occurredAt().toEpochMilli(),
						purchase.sessionId(), EventJson.mapper().writeValueAsBytes(purchase)));
			}
		}
	}

}
