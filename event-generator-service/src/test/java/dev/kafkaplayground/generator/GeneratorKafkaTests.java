package dev.kafkaplayground.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The generator against a real broker: what lands on the store topics honours the
 * contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
		properties = { "playground.generator.events-per-second=400", "playground.generator.seed=1" })
class GeneratorKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		TestKafka.register(registry, broker);
	}

	@Autowired
	private Environment environment;

	@Test
	void shouldStartWithTheServicesOwnConfigurationFile() {
		assertThat(this.environment.getProperty("spring.application.name")).isEqualTo("event-generator");
	}

	@Test
	void shouldPublishEveryEventTypeKeyedBySessionAndStampedWithEventTime() {
		StoreEventParser parser = new StoreEventParser();
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		Set<EventType> seen = EnumSet.noneOf(EventType.class);
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			consumer.subscribe(Topics.STORE_TOPICS);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					records.add(record);
					ParseResult result = parser.parse(record.topic(), record.key(), record.value());
					assertThat(result).as(record.topic() + " " + result).isInstanceOf(ParseResult.Accepted.class);
					StoreEvent event = ((ParseResult.Accepted) result).event();
					assertThat(record.timestamp()).isEqualTo(event.occurredAt().toEpochMilli());
					seen.add(event.eventType());
				});
				return seen.size() == EventType.values().length;
			});
		}
		assertThat(records).allSatisfy((record) -> assertThat(record.headers().toArray()).isEmpty());
	}

	private static KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "generator-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

}
