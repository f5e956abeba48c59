/**
 * The dashboard's settings and its Kafka wiring: contract deserializers, a consumer that
 * commits nothing, and the topic it reads.
 */
package dev.kafkaplayground.dashboard.config;
