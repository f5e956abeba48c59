package dev.kafkaplayground.endtoend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;
import dev.kafkaplayground.generator.EventGeneratorApplication;
import dev.kafkaplayground.generator.control.GeneratorControl;
import dev.kafkaplayground.generator.control.GeneratorStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The generator under load while its broker restarts: the real local broker (its own JVM,
 * as {@code run-local.sh} starts it) is stopped and started again on the same ports and
 * data, and every event the broker acknowledged is on the store topics afterwards, once,
 * with no send error.
 */
class GeneratorBrokerRestartTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	@TempDir
	Path dataDir;

	private BrokerProcess broker;

	@AfterEach
	void stopBroker() throws InterruptedException {
		if (this.broker != null) {
			this.broker.close();
		}
	}

	@Test
	void shouldLoseNoAcknowledgedEventWhenTheBrokerRestartsUnderLoad() throws Exception {
		this.broker = BrokerProcess.start(this.dataDir);
		GeneratorStatus stopped;
		try (ConfigurableApplicationContext generator = EventGeneratorApplication.application()
			.run("--spring.kafka.bootstrap-servers=" + this.broker.bootstrapServers(), "--server.port=0",
					"--playground.generator.events-per-second=2000",
					"--playground.generator.traffic.hourly=" + "1,".repeat(23) + "1")) {
			GeneratorControl control = generator.getBean(GeneratorControl.class);
			await().atMost(TIMEOUT).until(() -> acknowledged(control.status()) > 10_000);
			this.broker.stop();
			long beforeRestart = acknowledged(control.status());
			this.broker.startAgain();
			// the producer retries what it could not send while the broker was away
			await().atMost(TIMEOUT).until(() -> acknowledged(control.status()) > beforeRestart + 10_000);
			generator.close();
			stopped = control.status();
		}
		assertThat(stopped.sendErrors()).isZero();
		Map<EventType, Long> onTopics = distinctEventsOnTheStoreTopics();
		for (EventType type : EventType.values()) {
			assertThat(onTopics.getOrDefault(type, 0L)).as(type.wireName())
				.isEqualTo(stopped.totals().get(type.wireName()));
		}
	}

	private static long acknowledged(GeneratorStatus status) {
		return status.totals().values().stream().mapToLong(Long::longValue).sum();
	}

	/** Distinct valid events per type; fails if any event is there twice. */
	private Map<EventType, Long> distinctEventsOnTheStoreTopics() {
		StoreEventParser parser = new StoreEventParser();
		Set<UUID> seen = new HashSet<>();
		Map<EventType, Long> counts = new EnumMap<>(EventType.class);
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "restart-check", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			Topics.STORE_TOPICS.forEach((topic) -> consumer.partitionsFor(topic)
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition()))));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			await().atMost(TIMEOUT).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					ParseResult result = parser.parse(record.topic(), record.key(), record.value());
					assertThat(result).isInstanceOf(ParseResult.Accepted.class);
					ParseResult.Accepted accepted = (ParseResult.Accepted) result;
					assertThat(seen.add(accepted.event().eventId())).as("sent once: " + accepted.event()).isTrue();
					counts.merge(accepted.event().eventType(), 1L, Long::sum);
				}
				return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
			});
		}
		return counts;
	}

}
