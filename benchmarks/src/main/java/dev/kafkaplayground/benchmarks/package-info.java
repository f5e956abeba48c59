/**
 * Plain programs behind the {@code scripts/bench-*.sh} benchmarks, and what they share
 * (options, result lines, store-topic offsets). Here: the minimal reference Kafka Streams
 * job the analytics processor's catch-up rate is compared with
 * ({@link dev.kafkaplayground.benchmarks.ReferenceStreamsJob}) and the watch that times a
 * consumer group until it has no lag on the store topics
 * ({@link dev.kafkaplayground.benchmarks.LagWatch}), for {@code bench-processor.sh}; the
 * dashboard and whole-pipeline benchmarks are in the sub-packages. No Spring Boot: each
 * program is as small as its measurement allows.
 */
package dev.kafkaplayground.benchmarks;
