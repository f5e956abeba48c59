/**
 * Publishing: sends simulated events to their topics at a steady rate, keyed by session
 * and timestamped with event time.
 */
package dev.kafkaplayground.generator.publish;
