/**
 * The page's control panel reaches the event generator through the dashboard:
 * {@code /api/generator/**} is forwarded to {@code playground.dashboard.generator-url},
 * so the page calls only its own origin (its Content-Security-Policy allows nothing
 * else).
 */
package dev.kafkaplayground.dashboard.control;
