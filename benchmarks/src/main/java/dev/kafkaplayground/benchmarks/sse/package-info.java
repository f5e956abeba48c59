/**
 * The client side of the dashboard's {@code /api/stream}: many concurrent server-sent
 * event streams, their parsing, and the fields of a {@code metrics} event the benchmarks
 * time.
 */
package dev.kafkaplayground.benchmarks.sse;
