/**
 * The {@code revenue-per-minute} lab: the simple way to compute revenue per event-time
 * minute with the Kafka Streams DSL (group, window, aggregate, suppress until the window
 * closes), whose final figures the learner compares with the analytics processor's final
 * windows on {@code analytics.metrics}. {@link RevenueTopology#build} shows the whole
 * topology; {@link RevenuePerMinute} runs it.
 */
package dev.kafkaplayground.labs.revenue;
