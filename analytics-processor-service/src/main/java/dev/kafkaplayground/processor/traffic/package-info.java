/**
 * The traffic family of metrics: events per type, revenue and orders.
 */
package dev.kafkaplayground.processor.traffic;
