/**
 * The ground truth: per event-time minute, the exact figures of the valid events the
 * broker acknowledged, published to {@code generator.truth} once every event of the
 * minute is acknowledged.
 */
package dev.kafkaplayground.generator.truth;
