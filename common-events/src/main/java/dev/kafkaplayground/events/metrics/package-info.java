/**
 * The metrics record the analytics processor writes to {@code analytics.metrics} and the
 * dashboard reads. Documented in {@code docs/metrics.md}.
 */
package dev.kafkaplayground.events.metrics;
