package dev.kafkaplayground.events.validation;

import java.time.Instant;
import java.util.UUID;

import dev.kafkaplayground.events.Platform;

/**
 * The checked values of the fields every event carries; a field that broke its rule is
 * null, and then no event is built from them.
 */
record CommonFields(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country) {

}
