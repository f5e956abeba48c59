package dev.kafkaplayground.testsupport;

/**
 * A running, real Kafka broker that tests talk to.
 */
public interface TestKafkaBroker {

	/** The {@code bootstrap.servers} value for clients of this broker. */
	String bootstrapServers();

	/**
	 * What kind of broker this is, for test output ("embedded KRaft", "Testcontainers").
	 */
	String description();

}
