/**
 * How the processor treats a record it cannot read or its own code fails on: skip it,
 * count it, and keep it in the dead-letter topic with Kafka Streams' error headers.
 */
package dev.kafkaplayground.processor.errors;
