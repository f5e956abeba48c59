/**
 * The dashboard's view of {@code analytics.processor-status}: the Kafka listener, the
 * processor instances that are there (tombstones and silent instances removed) and the
 * one shared feed of their changes.
 */
package dev.kafkaplayground.dashboard.instances;
