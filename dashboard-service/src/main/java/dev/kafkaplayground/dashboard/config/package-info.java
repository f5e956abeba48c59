/**
 * The dashboard's settings and its Kafka wiring: contract deserializers, a consumer that
 * commits nothing, and the topics it reads.
 */
package dev.kafkaplayground.dashboard.config;
