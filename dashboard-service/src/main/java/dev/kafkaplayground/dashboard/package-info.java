/**
 * The live dashboard: reads {@code analytics.metrics}, {@code generator.truth} and
 * {@code analytics.processor-status}, keeps recent records in memory and pushes them to
 * browsers over server-sent events.
 */
package dev.kafkaplayground.dashboard;
