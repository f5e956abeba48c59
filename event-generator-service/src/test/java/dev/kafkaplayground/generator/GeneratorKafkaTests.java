package dev.kafkaplayground.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The generator against a real broker, with every fault knob on: what lands on the store
 * topics honours the contract (but for the poison pills), and for every minute the ground
 * truth says is final, it equals what a read_committed consumer counts on the store
 * topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
		properties = { "playground.generator.events-per-second=300", "playground.generator.seed=1",
				"playground.generator.traffic.hourly=1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
				"playground.generator.traffic.weekend-factor=1", "playground.generator.faults.late-fraction=0.05",
				"playground.generator.faults.late-delay=3s", "playground.generator.faults.poison-fraction=0.02",
				"playground.generator.faults.duplicate-fraction=0.03",
				"playground.generator.truth.publish-interval=500ms" })
@DirtiesContext
class GeneratorKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		TestKafka.register(registry, broker);
	}

	@Autowired
	private Environment environment;

	@Autowired
	private MeterRegistry registry;

	@Test
	void shouldStartWithTheServicesOwnConfigurationFile() {
		assertThat(this.environment.getProperty("spring.application.name")).isEqualTo("event-generator");
	}

	@Test
	void shouldShowTheKnobsAndTheTrafficOnTheMeters() {
		// gauges hold their state weakly: a collection must not take them away
		System.gc();
		assertThat(this.registry.get("playground.generator.faults.setting").tag("knob", "lateFraction").gauge().value())
			.isEqualTo(0.05);
		assertThat(this.registry.get("playground.generator.faults.setting")
			.tag("knob", "lateDelaySeconds")
			.gauge()
			.value()).isEqualTo(3);
		assertThat(this.registry.get("playground.generator.scenario").tag("scenario", "normal-day").gauge().value())
			.isEqualTo(1);
		assertThat(this.registry.get("playground.generator.rate.target").gauge().value()).isEqualTo(300);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.registry.get("playground.generator.events.acknowledged")
				.tag("eventType", "game_page_viewed")
				.counter()
				.count()).isPositive());
	}

	@Test
	void shouldPublishEveryEventTypeKeyedBySessionAndStampedWithEventTime() {
		StoreEventParser parser = new StoreEventParser();
		Set<EventType> seen = EnumSet.noneOf(EventType.class);
		int[] rejected = new int[1];
		try (KafkaConsumer<String, byte[]> consumer = consumer("contract")) {
			consumer.subscribe(Topics.STORE_TOPICS);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (parser.parse(record.topic(), record.key(), record.value()) instanceof ParseResult.Accepted ok) {
						assertThat(record.timestamp()).isEqualTo(ok.event().occurredAt().toEpochMilli());
						assertThat(record.headers().toArray()).isEmpty();
						seen.add(ok.event().eventType());
					}
					else {
						rejected[0]++;
					}
				});
				return seen.size() == EventType.values().length && rejected[0] > 0;
			});
		}
	}

	@Test
	void shouldPublishAGroundTruthThatEqualsWhatTheStoreTopicsHold() {
		Map<Instant, MinuteTruth> finals = new TreeMap<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer("truth")) {
			consumer.subscribe(List.of(Topics.GENERATOR_TRUTH));
			// the first minute is final at most 60 s + late delay + a few seconds after
			// start
			await().atMost(Duration.ofSeconds(150)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					MinuteTruth truth = EventJson.mapper().readValue(record.value(), MinuteTruth.class);
					assertThat(record.key()).isEqualTo(EventTime.format(truth.windowStart()));
					if (truth.isFinal()) {
						assertThat(finals.put(truth.windowStart(), truth)).as("one final per minute").isNull();
					}
				}
				return !finals.isEmpty();
			});
		}
		Map<Instant, MinuteTruth> counted = countStoreTopics();
		assertThat(finals.values()).allSatisfy((truth) -> {
			MinuteTruth actual = counted.get(truth.windowStart());
			assertThat(actual).as("records of " + truth.windowStart()).isNotNull();
			assertThat(actual.events()).isEqualTo(truth.events());
			assertThat(actual.revenueCents()).isEqualTo(truth.revenueCents());
			assertThat(actual.orders()).isEqualTo(truth.orders());
			assertThat(actual.games()).isEqualTo(truth.games());
			assertThat(actual.funnel()).isEqualTo(truth.funnel());
			assertThat(actual.duplicates()).isEqualTo(truth.duplicates());
			assertThat(actual.poisonPills()).isEqualTo(truth.poisonPills());
			assertThat(truth.totalEvents()).isPositive();
		});
		assertThat(finals.values().stream().mapToLong(MinuteTruth::late).sum()).isPositive();
		assertThat(finals.values().stream().mapToLong(MinuteTruth::duplicates).sum()).isPositive();
		assertThat(finals.values().stream().mapToLong(MinuteTruth::poisonPills).sum()).isPositive();
	}

	/** Everything on the store topics now, counted the way the truth is defined. */
	private static Map<Instant, MinuteTruth> countStoreTopics() {
		TruthCounter counter = new TruthCounter();
		StoreEventParser parser = new StoreEventParser();
		try (KafkaConsumer<String, byte[]> consumer = consumer("count")) {
			List<TopicPartition> partitions = new ArrayList<>();
			Topics.STORE_TOPICS.forEach((topic) -> consumer.partitionsFor(topic)
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition()))));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (parser.parse(record.topic(), record.key(), record.value()) instanceof ParseResult.Accepted ok) {
						counter.event(ok.event());
					}
					else {
						counter.poison(record.timestamp());
					}
				}
				return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
			});
		}
		return counter.minutes();
	}

	private static KafkaConsumer<String, byte[]> consumer(String group) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "generator-test-" + group + "-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
	}

	/** Counts store records per minute independently of the generator's own code. */
	private static final class TruthCounter {

		private final Set<UUID> seen = new HashSet<>();

		private final Map<String, Map<Integer, Instant>> firstStage = new HashMap<>();

		private final Map<Instant, StoreTopicsMinute> minutes = new TreeMap<>();

		void event(StoreEvent event) {
			Instant minute = minute(event.occurredAt().toEpochMilli());
			if (!this.seen.add(event.eventId())) {
				minute(minute).duplicates++;
				return;
			}
			minute(minute).count(event);
			int stage = StoreTopicsMinute.stage(event);
			if (stage >= 0) {
				this.firstStage.computeIfAbsent(event.sessionId(), (id) -> new HashMap<>())
					.merge(stage, event.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}

		void poison(long timestamp) {
			minute(minute(timestamp)).poisonPills++;
		}

		Map<Instant, MinuteTruth> minutes() {
			this.firstStage.values()
				.forEach((stages) -> stages.forEach((stage, at) -> minute(minute(at.toEpochMilli())).funnel[stage]++));
			Map<Instant, MinuteTruth> result = new TreeMap<>();
			this.minutes.forEach((start, minute) -> result.put(start, minute.toTruth(start)));
			return result;
		}

		private StoreTopicsMinute minute(Instant start) {
			return this.minutes.computeIfAbsent(start, (key) -> new StoreTopicsMinute());
		}

		private static Instant minute(long millis) {
			return Instant.ofEpochMilli(Math.floorDiv(millis, 60_000) * 60_000);
		}

	}

}
