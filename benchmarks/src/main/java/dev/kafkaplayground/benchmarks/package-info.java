/**
 * Plain Kafka programs behind {@code scripts/bench-processor.sh}: the minimal reference
 * Kafka Streams job the analytics processor's catch-up rate is compared with
 * ({@link dev.kafkaplayground.benchmarks.ReferenceStreamsJob}), and the watch that times
 * a consumer group until it has no lag on the store topics
 * ({@link dev.kafkaplayground.benchmarks.LagWatch}). No Spring: the reference is meant to
 * be as small as a Streams job gets.
 */
package dev.kafkaplayground.benchmarks;
