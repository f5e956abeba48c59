/**
 * The dashboard benchmark's client side: thousands of SSE clients of one dashboard, a
 * steady feed of window updates, delivery delays and the dashboard's memory per client.
 */
package dev.kafkaplayground.benchmarks.dashboard;
