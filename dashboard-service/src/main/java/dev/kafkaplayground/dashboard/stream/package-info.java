/**
 * The browser-facing side: the server-sent event stream of windows, ground truth,
 * processor instances and the pipeline, {@code /api/windows}, and per-client
 * back-pressure.
 */
package dev.kafkaplayground.dashboard.stream;
