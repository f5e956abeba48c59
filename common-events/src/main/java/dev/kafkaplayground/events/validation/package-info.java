/**
 * Validation at the edge: turns the raw bytes of a store record into a
 * {@link dev.kafkaplayground.events.StoreEvent} or a human-readable reason for rejecting
 * it.
 */
package dev.kafkaplayground.events.validation;
