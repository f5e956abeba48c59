/**
 * Spring wiring of the processor: Kafka Streams through {@code @EnableKafkaStreams}, the
 * topics it needs, a health indicator for the Kafka Streams state and the handling of
 * failed stream threads.
 */
package dev.kafkaplayground.processor.config;
