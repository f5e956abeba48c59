/**
 * The whole-pipeline benchmark's probes: the latency from an event's send to the window
 * update that counts it at an SSE client, and the highest generator rate the processor
 * sustains with bounded lag.
 */
package dev.kafkaplayground.benchmarks.pipeline;
