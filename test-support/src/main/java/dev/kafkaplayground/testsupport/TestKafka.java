package dev.kafkaplayground.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one place tests get a real Kafka broker from. {@link #broker()} picks
 * Testcontainers' {@code apache/kafka} when a Docker engine answers and
 * spring-kafka-test's embedded KRaft broker otherwise; {@link #embedded()} and
 * {@link #container()} pin one kind, so the same scenarios can run on both. Each kind
 * starts at most once per test JVM and stops when the JVM exits.
 */
public final class TestKafka {

	/** The playground's default partition count. */
	public static final int PARTITIONS = 6;

	/**
	 * A single node must hold every internal topic alone, transactions included; topics
	 * are never created on first use.
	 */
	static final Map<String, String> SINGLE_NODE_BROKER_PROPERTIES = Map.of("offsets.topic.replication.factor", "1",
			"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
			"group.initial.rebalance.delay.ms", "0", "num.partitions", String.valueOf(PARTITIONS),
			// as on the local broker: every topic must be declared, a forgotten one fails
			// the tests
			"auto.create.topics.enable", "false");

	private static final Logger logger = LoggerFactory.getLogger(TestKafka.class);

	private TestKafka() {
	}

	/**
	 * A real broker: Testcontainers where Docker is available, embedded KRaft otherwise.
	 */
	public static TestKafkaBroker broker() {
		return isDockerAvailable() ? container() : embedded();
	}

	/** spring-kafka-test's embedded KRaft broker. */
	public static TestKafkaBroker embedded() {
		return Holders.Embedded.BROKER;
	}

	/** Testcontainers' {@code apache/kafka}; only call this where Docker is available. */
	public static TestKafkaBroker container() {
		return Holders.Container.BROKER;
	}

	public static boolean isDockerAvailable() {
		boolean noEngineInSight = System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
				&& !Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (noEngineInSight) {
			// spare the test output Testcontainers' error-level report of a failed search
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Points Spring Boot's Kafka clients at the broker. */
	public static void register(DynamicPropertyRegistry registry, TestKafkaBroker broker) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
	}

	private static final class Holders {

		// Initialization-on-demand holders: each broker starts on first use, once per
		// JVM.
		private static final class Embedded {

			static final TestKafkaBroker BROKER = started(EmbeddedKraftBroker.start(), EmbeddedKraftBroker::stop);

		}

		private static final class Container {

			static final TestKafkaBroker BROKER = started(ContainerBroker.start(), ContainerBroker::stop);

		}

		private static <B extends TestKafkaBroker> B started(B broker, Consumer<B> stop) {
			logger.info("Tests use a {} at {}", broker.description(), broker.bootstrapServers());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.accept(broker), "stop-test-kafka"));
			return broker;
		}

	}

}
