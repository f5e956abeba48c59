package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the real broker in its own JVM, as {@code scripts/run-local.sh} does, on free
 * ports in a temporary folder.
 */
class LocalKafkaBrokerTests {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

	@TempDir
	Path dataDir;

	private final int[] ports = freePorts();

	private final int port = this.ports[0];

	private final int controllerPort = this.ports[1];

	private Process broker;

	@AfterEach
	void stopBroker() throws InterruptedException {
		if (this.broker != null && this.broker.isAlive()) {
			this.broker.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	@Test
	void shouldCarryTransactionsAndRestartWithItsData() throws Exception {
		this.broker = startBroker("first.log");
		assertThat(createTopics()).as(log("first.log")).isZero();
		produceInTransaction(Topics.PURCHASES, "session-1", "first purchase");
		assertThat(consumeAll(Topics.PURCHASES, "first-reader")).containsExactly("first purchase");
		assertStopsOnSigterm("first.log");

		this.broker = startBroker("second.log");
		assertThat(createTopics()).as(log("second.log")).isZero();
		assertThat(consumeAll(Topics.PURCHASES, "second-reader")).containsExactly("first purchase");
		assertThat(log("second.log")).doesNotContain("Formatting new KRaft storage");
		assertStopsOnSigterm("second.log");
	}

	@Test
	void shouldRefuseToStartOnAPortInUse() throws Exception {
		try (ServerSocket taken = new ServerSocket(this.port)) {
			this.broker = startBroker("taken.log");
			assertThat(this.broker.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
			assertThat(this.broker.exitValue()).isEqualTo(1);
			assertThat(log("taken.log")).contains("Port " + this.port + " on localhost is already in use");
		}
	}

	private Process startBroker(String logName) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				LocalKafkaBroker.class.getName(), "--data-dir", this.dataDir.toString(), "--port",
				String.valueOf(this.port), "--controller-port", String.valueOf(this.controllerPort))
			.redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve(logName).toFile())
			.start();
	}

	private int createTopics() {
		return TopicSetup.run(new TopicSetupOptions(bootstrapServers(), 6, (short) 1, Duration.ofSeconds(60)));
	}

	private void assertStopsOnSigterm(String logName) throws InterruptedException {
		long start = System.nanoTime();
		this.broker.destroy();
		assertThat(this.broker.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(log(logName)).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(log(logName)).contains("Terminating process due to signal SIGTERM")
			.doesNotContain("ERROR")
			.doesNotContain("Halting Kafka");
	}

	private void produceInTransaction(String topic, String key, String value) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				ProducerConfig.TRANSACTIONAL_ID_CONFIG, "local-kafka-test");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.initTransactions();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>(topic, key, value));
			producer.commitTransaction();
		}
	}

	private List<String> consumeAll(String topic, String group) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					values.add(record.value());
				}
				return !values.isEmpty();
			});
		}
		return values;
	}

	private String bootstrapServers() {
		return "localhost:" + this.port;
	}

	private String log(String logName) {
		try {
			return Files.readString(this.dataDir.resolve(logName));
		}
		catch (IOException ex) {
			return "(no broker log: " + ex + ")";
		}
	}

	// both sockets open at once: two in a row may be given the same port
	private static int[] freePorts() {
		try (ServerSocket client = new ServerSocket(0); ServerSocket controller = new ServerSocket(0)) {
			return new int[] { client.getLocalPort(), controller.getLocalPort() };
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
