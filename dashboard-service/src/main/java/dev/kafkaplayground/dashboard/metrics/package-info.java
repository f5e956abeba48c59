/**
 * The dashboard's view of {@code analytics.metrics}: the Kafka listener, the bounded
 * in-memory history of recent windows and the one shared feed of their updates.
 */
package dev.kafkaplayground.dashboard.metrics;
