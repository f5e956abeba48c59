/**
 * Small programs the guided labs run against a running playground, all behind one command
 * line ({@link Labs}, {@code scripts/lab.sh NAME}). Each teaches one Kafka idea by
 * letting the learner watch it happen: keys and partitions ({@code keyed}), consumer
 * groups and rebalances ({@code group}), windowed aggregation in Kafka Streams
 * ({@code revenue}), share groups, Kafka as a queue ({@code share}).
 */
package dev.kafkaplayground.labs;
