/**
 * The pipeline as a whole, for {@code /api/pipeline} and the stream's {@code pipeline}
 * event: today the processor instances; topics and lag later.
 */
package dev.kafkaplayground.dashboard.pipeline;
