/**
 * Per-session state, kept in the input task that owns the session's partition:
 * de-duplication by event id, when the session ends, and each metric family's view of the
 * session (funnel firsts, cart contents, search attribution).
 */
package dev.kafkaplayground.processor.session;
