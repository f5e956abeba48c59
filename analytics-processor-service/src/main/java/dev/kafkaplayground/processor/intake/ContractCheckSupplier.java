package dev.kafkaplayground.processor.intake;

import java.time.Duration;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

import dev.kafkaplayground.events.validation.StoreEventParser;

/**
 * Creates a {@link ContractCheck} per input task: the first stage of the pipeline, which
 * turns each raw store record into a {@link Checked.Valid} event or a
 * {@link Checked.Invalid} record for the dead-letter topic.
 */
public final class ContractCheckSupplier implements FixedKeyProcessorSupplier<String, byte[], Checked> {

	private final EventTimeGuard eventTimeGuard;

	/**
	 * @param maxFutureSkew how far ahead of the processor's clock an event's
	 * {@code occurredAt} may be
	 */
	public ContractCheckSupplier(Duration maxFutureSkew) {
		this.eventTimeGuard = new EventTimeGuard(maxFutureSkew);
	}

	@Override
	public FixedKeyProcessor<String, byte[], Checked> get() {
		return new ContractCheck(new StoreEventParser(), this.eventTimeGuard);
	}

}
