/**
 * End-to-end scenarios: the three services running together against a real broker.
 */
package dev.kafkaplayground.endtoend;
