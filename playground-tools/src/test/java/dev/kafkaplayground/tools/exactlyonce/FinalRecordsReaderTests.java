package dev.kafkaplayground.tools.exactlyonce;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.testsupport.EmbeddedKraftBroker;
import dev.kafkaplayground.testsupport.TestKafka;

import static dev.kafkaplayground.tools.exactlyonce.Records.truth;
import static dev.kafkaplayground.tools.exactlyonce.Records.windowJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FinalRecordsReader} and {@code --minutes} against a real broker. Both topics
 * have two partitions, keyed and stamped as on the playground: truth records at their
 * minute's start, final windows when the processor closes them (end + 30 s grace).
 * Partition 0 holds an old minute and a recent one, partition 1 a minute in between.
 */
class FinalRecordsReaderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Instant NOW = Instant.now();

	private static final Instant OLD = NOW.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(20));

	private static final Instant MIDDLE = NOW.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(12));

	private static final Instant RECENT = NOW.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(3));

	private static EmbeddedKraftBroker broker;

	@BeforeAll
	static void publishThreeMinutes() throws Exception {
		// its own broker: the topic names are the playground's, and no other class may
		// write to them
		broker = TestKafka.ownBroker();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			admin
				.createTopics(List.of(new NewTopic(Topics.GENERATOR_TRUTH, 2, (short) 1),
						new NewTopic(Topics.METRICS, 2, (short) 1)))
				.all()
				.get();
		}
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			publish(producer, 0, OLD);
			publish(producer, 1, MIDDLE);
			publish(producer, 0, RECENT);
			producer.flush();
		}
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void shouldReadEverythingWithoutATime() {
		FinalRecords records = read(null);

		assertThat(records.truths()).containsOnlyKeys(OLD, MIDDLE, RECENT);
		assertThat(finalWindows(records)).containsExactly(OLD, MIDDLE, RECENT);
	}

	@Test
	void shouldReadFromTheTimeWhenEveryPartitionHasRecordsSinceThen() {
		FinalRecords records = read(NOW.minus(Duration.ofMinutes(15)));

		assertThat(records.truths()).containsOnlyKeys(MIDDLE, RECENT);
		assertThat(finalWindows(records)).containsExactly(MIDDLE, RECENT);
	}

	@Test
	void shouldReadFromTheTimeWhenAPartitionHasNoRecordSinceThen() {
		FinalRecords records = read(NOW.minus(Duration.ofMinutes(8)));

		assertThat(records.truths()).containsOnlyKeys(RECENT);
		assertThat(finalWindows(records)).containsExactly(RECENT);
	}

	@Test
	void shouldCompareTheLastMinutesAskedForWhenEveryPartitionHasRecordsSinceThen() {
		StringWriter out = new StringWriter();
		CommandLine command = new CommandLine(new VerifyExactlyOnce()).setOut(new PrintWriter(out));

		int exitCode = command.execute("--bootstrap-server", broker.bootstrapServers(), "--minutes", "10");

		assertThat(out.toString()).contains("2 minutes compared: 2 OK");
		assertThat(exitCode).isZero();
	}

	private static void publish(KafkaProducer<String, byte[]> producer, int partition, Instant minute) {
		MinuteTruth truth = truth(minute, 0);
		String key = EventTime.format(minute);
		producer.send(new ProducerRecord<>(Topics.GENERATOR_TRUTH, partition, minute.toEpochMilli(), key,
				EventJson.mapper().writeValueAsBytes(truth)));
		Instant closed = truth.windowEnd().plusSeconds(30);
		producer.send(new ProducerRecord<>(Topics.METRICS, partition, closed.toEpochMilli(), key,
				windowJson(truth, true, (json) -> {
				})));
	}

	private static FinalRecords read(Instant since) {
		return new FinalRecordsReader(broker.bootstrapServers()).read(since, TIMEOUT);
	}

	private static List<Instant> finalWindows(FinalRecords records) {
		return records.windows()
			.entrySet()
			.stream()
			.filter((window) -> window.getValue().latestFinal() != null)
			.map(Map.Entry::getKey)
			.toList();
	}

}
