/**
 * The search family of metrics: searches performed, with zero results, clicked through,
 * and leading to a purchase in the same session.
 */
package dev.kafkaplayground.processor.search;
