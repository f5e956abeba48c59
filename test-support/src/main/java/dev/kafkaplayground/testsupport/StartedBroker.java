package dev.kafkaplayground.testsupport;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker started once per test JVM and stopped when the JVM exits, or the reason it did
 * not start: kept, so that every test that needs it fails with that reason rather than a
 * {@code NoClassDefFoundError}.
 *
 * @param broker the running broker; {@code null} if it did not start
 * @param failure why it did not start; {@code null} if it runs
 */
record StartedBroker(TestKafkaBroker broker, RuntimeException failure) {

	private static final Logger logger = LoggerFactory.getLogger(StartedBroker.class);

	static <B extends TestKafkaBroker> StartedBroker attempt(Supplier<B> start, Consumer<B> stop) {
		B broker;
		try {
			broker = start.get();
		}
		catch (RuntimeException ex) {
			return new StartedBroker(null, ex);
		}
		logger.info("Tests use the {} at {}", broker.description(), broker.bootstrapServers());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.accept(broker), "stop-test-kafka"));
		return new StartedBroker(broker, null);
	}

	/**
	 * The broker.
	 * @param what the broker as the failure should name it
	 * @throws IllegalStateException naming the broker and the cause if it did not start
	 */
	TestKafkaBroker get(String what) {
		if (this.failure != null) {
			throw new IllegalStateException(what + " did not start: " + this.failure, this.failure);
		}
		return this.broker;
	}

}
