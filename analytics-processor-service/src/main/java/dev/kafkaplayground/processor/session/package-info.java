/**
 * Per-session state, kept in the input task that owns the session's partition:
 * de-duplication by event id, the first event of each funnel stage, the last event time.
 */
package dev.kafkaplayground.processor.session;
