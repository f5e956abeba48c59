package dev.kafkaplayground.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * spring-kafka-test's in-JVM KRaft broker: a real broker, no Docker needed. It cannot
 * bind fixed ports, so clients must read {@link #bootstrapServers()}. Shared by the test
 * classes of a JVM ({@link TestKafka#embedded()}), or one test class's own
 * ({@link TestKafka#ownBroker()}), stopped by {@link #close()}.
 */
public final class EmbeddedKraftBroker implements TestKafkaBroker, AutoCloseable {

	private final EmbeddedKafkaKraftBroker broker;

	private EmbeddedKraftBroker(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
	}

	static EmbeddedKraftBroker start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, TestKafka.PARTITIONS);
		broker.brokerProperties(TestKafka.SINGLE_NODE_BROKER_PROPERTIES);
		broker.afterPropertiesSet();
		return new EmbeddedKraftBroker(broker);
	}

	@Override
	public void close() {
		this.broker.destroy();
	}

	@Override
	public String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	@Override
	public String description() {
		return "embedded KRaft broker (spring-kafka-test)";
	}

}
