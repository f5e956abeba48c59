/**
 * The live dashboard: reads {@code analytics.metrics}, keeps recent windows in memory and
 * pushes them to browsers over server-sent events.
 */
package dev.kafkaplayground.dashboard;
