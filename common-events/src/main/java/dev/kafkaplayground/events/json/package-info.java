/**
 * JSON mapping of the contract: one configured Jackson 3 mapper, event-time formatting,
 * and the spring-kafka serdes built on them.
 */
package dev.kafkaplayground.events.json;
