/**
 * The {@code keyed-producer} lab: keys decide partitions. {@link KeyedProducer} sends a
 * few records per key and prints where each landed, so the learner sees that the same key
 * always lands on the same partition, which is what keeps one session's events in order.
 */
package dev.kafkaplayground.labs.keyed;
