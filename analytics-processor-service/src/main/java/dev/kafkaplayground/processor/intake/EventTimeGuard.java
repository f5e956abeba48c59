package dev.kafkaplayground.processor.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.kafkaplayground.events.json.EventTime;

/**
 * Event times that a valid event may carry but the processor cannot use.
 * {@code occurredAt} becomes the record timestamp, which Kafka cannot store before 1970;
 * and an event far in the future would push stream time past every open window, so that
 * all real events after it would be dropped as late.
 *
 * @param maxFutureSkew how far ahead of the processor's clock an event may be
 */
record EventTimeGuard(Duration maxFutureSkew) {

	Optional<String> problem(Instant occurredAt, long nowMs) {
		if (occurredAt.isBefore(Instant.EPOCH)) {
			return Optional.of("field 'occurredAt' must not be before 1970-01-01T00:00:00.000Z but was "
					+ EventTime.format(occurredAt));
		}
		Instant latest = Instant.ofEpochMilli(nowMs).plus(this.maxFutureSkew);
		if (occurredAt.isAfter(latest)) {
			return Optional.of("field 'occurredAt' must not be more than " + this.maxFutureSkew
					+ " ahead of the processor's clock (" + EventTime.format(Instant.ofEpochMilli(nowMs)) + ") but was "
					+ EventTime.format(occurredAt));
		}
		return Optional.empty();
	}

}
