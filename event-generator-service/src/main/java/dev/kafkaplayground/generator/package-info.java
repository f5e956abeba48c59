/**
 * The event generator: simulated shoppers of the game store publishing the five store
 * event types to Kafka at a configurable rate.
 */
package dev.kafkaplayground.generator;
