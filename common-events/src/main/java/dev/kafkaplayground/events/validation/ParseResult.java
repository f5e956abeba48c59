package dev.kafkaplayground.events.validation;

import dev.kafkaplayground.events.StoreEvent;

/**
 * The outcome of reading one store record: an event that honours the contract, or why
 * not.
 */
public sealed interface ParseResult {

	/** The record is a valid event. */
	record Accepted(StoreEvent event) implements ParseResult {

	}

	/**
	 * The record breaks the contract; {@code reason} says which field and what was wrong.
	 */
	record Rejected(String reason) implements ParseResult {

	}

}
