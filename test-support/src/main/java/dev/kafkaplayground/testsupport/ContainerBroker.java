package dev.kafkaplayground.testsupport;

import java.util.Locale;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka's own {@code apache/kafka} image, run by Testcontainers. Needs a Docker
 * engine.
 */
final class ContainerBroker implements TestKafkaBroker {

	/**
	 * The Kafka version of the build's client jars (the Maven property
	 * {@code kafka.version}), the same as {@code docker-compose.yml} runs.
	 */
	static final String IMAGE = "apache/kafka:" + AppInfoParser.getVersion();

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
