package dev.kafkaplayground.processor.intake;

import dev.kafkaplayground.events.StoreEvent;

/** A store record after the contract check. */
public sealed interface Checked {

	/** The record holds a valid event. */
	record Valid(StoreEvent event) implements Checked {

	}

	/**
	 * The record was rejected; the reason travels in its headers.
	 *
	 * @param originalValue the record's value exactly as it was read, possibly null
	 */
	record Invalid(byte[] originalValue) implements Checked {

	}

}
