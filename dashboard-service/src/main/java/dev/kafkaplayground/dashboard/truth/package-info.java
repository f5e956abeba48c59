/**
 * The dashboard's view of {@code generator.truth}, the generator's exact figures per
 * minute: the Kafka listener, the bounded history of recent minutes, its shared feed and
 * {@code /api/truth}.
 */
package dev.kafkaplayground.dashboard.truth;
