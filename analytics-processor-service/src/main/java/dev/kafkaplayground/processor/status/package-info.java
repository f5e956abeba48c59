/**
 * The instance's status on {@code analytics.processor-status}: its Kafka Streams state,
 * tasks, partitions, counts and last rebalance, published every few seconds with a plain
 * producer, and a tombstone when it stops cleanly. The dashboard draws the instances and
 * the rebalance timeline from it.
 */
package dev.kafkaplayground.processor.status;
