/**
 * The store event contract: one sealed {@link dev.kafkaplayground.events.StoreEvent} type
 * per event, shared by every service. The wire format is documented in
 * {@code docs/events.md}.
 */
package dev.kafkaplayground.events;
