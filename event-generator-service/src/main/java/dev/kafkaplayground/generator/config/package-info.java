/**
 * The generator's settings and its Kafka wiring.
 */
package dev.kafkaplayground.generator.config;
