/**
 * The pipeline as a whole, for {@code /api/pipeline} and the stream's {@code pipeline}
 * event: the processor instances, and what a poller finds in Kafka every few seconds with
 * the Admin client (topics, end offsets and rates, the processor group's members,
 * committed offsets and lag in messages and seconds, a rebalance timeline).
 */
package dev.kafkaplayground.dashboard.pipeline;
