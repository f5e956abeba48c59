/**
 * The status record every analytics processor instance publishes to
 * {@code analytics.processor-status}, for the dashboard to draw the instances, their
 * partitions and the rebalance timeline. Documented in {@code docs/processor.md}.
 */
package dev.kafkaplayground.events.status;
