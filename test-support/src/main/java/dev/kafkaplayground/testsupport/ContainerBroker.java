package dev.kafkaplayground.testsupport;

import java.util.Locale;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka's own {@code apache/kafka} image, run by Testcontainers. Needs a Docker
 * engine.
 */
final class ContainerBroker implements TestKafkaBroker {

	/** Same Kafka version as the client jars Spring Boot manages. */
	static final String IMAGE = "apache/kafka:4.1.2";

	private final KafkaContainer container;

	private ContainerBroker(KafkaContainer container) {
		this.container = container;
	}

	static ContainerBroker start() {
		KafkaContainer container = new KafkaContainer(IMAGE);
		TestKafka.SINGLE_NODE_BROKER_PROPERTIES
			.forEach((name, value) -> container.withEnv(environmentName(name), value));
		container.start();
		return new ContainerBroker(container);
	}

	void stop() {
		this.container.stop();
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
	}

	@Override
	public String description() {
		return "Testcontainers " + IMAGE;
	}

	private static String environmentName(String brokerProperty) {
		return "KAFKA_" + brokerProperty.replace('.', '_').toUpperCase(Locale.ROOT);
	}

}
