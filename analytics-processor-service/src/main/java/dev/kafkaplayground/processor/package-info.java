/**
 * The analytics processor: a Kafka Streams application that turns the store topics into
 * per-minute metrics records. {@link dev.kafkaplayground.processor.AnalyticsTopology}
 * composes the features; {@code config} wires it into Spring Boot.
 */
package dev.kafkaplayground.processor;
