package dev.kafkaplayground.testsupport;

/**
 * An embedded KRaft broker for one test class alone, stopped on {@link #close()}: for a
 * class that runs a whole playground, whose records fall in the same wall-clock minutes
 * as those of the next class on the shared broker and would mix with them (the processor
 * would count both playgrounds' events in one window).
 */
public final class OwnBroker implements TestKafkaBroker, AutoCloseable {

	private final EmbeddedKraftBroker broker;

	private OwnBroker(EmbeddedKraftBroker broker) {
		this.broker = broker;
	}

	/** Starts an embedded KRaft broker with the same settings as the shared one. */
	public static OwnBroker start() {
		return new OwnBroker(EmbeddedKraftBroker.start());
	}

	@Override
	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	@Override
	public String description() {
		return this.broker.description() + ", of this test class alone";
	}

	@Override
	public void close() {
		this.broker.stop();
	}

}
