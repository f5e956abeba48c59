package dev.kafkaplayground.testsupport;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one place tests get a real Kafka broker from. {@link #broker()} picks
 * Testcontainers' {@code apache/kafka} when a Docker engine answers and
 * spring-kafka-test's embedded KRaft broker otherwise, or the kind the system property
 * {@value TestBrokerMode#PROPERTY} asks for ({@link TestBrokerMode}); {@link #embedded()}
 * and {@link #container()} pin one kind, so the same scenarios can run on both. Each kind
 * starts at most once per test JVM and stops when the JVM exits.
 */
public final class TestKafka {

	/** The playground's default partition count. */
	public static final int PARTITIONS = 6;

	/**
	 * A single node must hold every internal topic alone, transactions and share groups'
	 * state included; topics are never created on first use.
	 */
	static final Map<String, String> SINGLE_NODE_BROKER_PROPERTIES = Map.of("offsets.topic.replication.factor", "1",
			"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
			"share.coordinator.state.topic.replication.factor", "1", "share.coordinator.state.topic.min.isr", "1",
			"group.initial.rebalance.delay.ms", "0", "num.partitions", String.valueOf(PARTITIONS),
			// as on the local broker: every topic must be declared, a forgotten one fails
			// the tests
			"auto.create.topics.enable", "false");

	private TestKafka() {
	}

	/**
	 * A real broker: Testcontainers where Docker is available, embedded KRaft otherwise,
	 * unless {@link TestBrokerMode#PROPERTY} pins one kind.
	 * @throws IllegalStateException naming the property and the cause when it asks for
	 * Testcontainers and Docker cannot be used
	 */
	public static TestKafkaBroker broker() {
		return BrokerChoice.useContainer(TestBrokerMode.current(), DockerStatus::ofThisMachine) ? container()
				: embedded();
	}

	/** spring-kafka-test's embedded KRaft broker. */
	public static TestKafkaBroker embedded() {
		return Holders.Embedded.BROKER.get("The embedded KRaft broker");
	}

	/**
	 * Testcontainers' {@code apache/kafka}. Test classes that use it alone skip
	 * themselves without Docker with {@link ContainerBrokerCondition}.
	 * @throws IllegalStateException naming the property and the cause when Docker cannot
	 * be used or the container does not start
	 */
	public static TestKafkaBroker container() {
		TestBrokerMode mode = TestBrokerMode.current();
		BrokerChoice.requireContainer(mode, DockerStatus::ofThisMachine);
		return Holders.Container.BROKER
			.get("The Testcontainers broker (" + ContainerBroker.IMAGE + ", " + BrokerChoice.setting(mode) + ")");
	}

	/**
	 * An embedded KRaft broker for one test class alone, with the shared one's settings;
	 * the class closes it. For a class that runs a whole playground: its records fall in
	 * the same wall-clock minutes as those of the next class on the shared broker, and
	 * the processor would count both playgrounds' events in one window.
	 */
	public static EmbeddedKraftBroker ownBroker() {
		return EmbeddedKraftBroker.start();
	}

	/** Points Spring Boot's Kafka clients at the broker. */
	public static void register(DynamicPropertyRegistry registry, TestKafkaBroker broker) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
	}

	// Initialization-on-demand holders: each broker starts on first use, once per JVM.
	private static final class Holders {

		private static final class Embedded {

			static final StartedBroker BROKER = StartedBroker.attempt(EmbeddedKraftBroker::start,
					EmbeddedKraftBroker::close);

		}

		private static final class Container {

			static final StartedBroker BROKER = StartedBroker.attempt(ContainerBroker::start, ContainerBroker::stop);

		}

	}

}
