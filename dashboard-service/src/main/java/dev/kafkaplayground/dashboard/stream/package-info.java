/**
 * The browser-facing side: the server-sent event stream of window figures, the JSON
 * snapshot, and per-client back-pressure.
 */
package dev.kafkaplayground.dashboard.stream;
