package dev.kafkaplayground.events.validation;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;

/**
 * Reads one store record against the whole contract: valid JSON object, every required
 * field present and well-formed, the event type belonging on its topic, the record key
 * equal to {@code sessionId} and {@code occurredAt} not ahead of the reader's clock by
 * more than {@link #MAX_CLOCK_SKEW}. Unknown extra fields are ignored. Never throws for
 * bad input.
 */
public final class StoreEventParser {

	/**
	 * How far ahead of the reader's clock an event's {@code occurredAt} may be at most.
	 * One event stamped in the future would advance a windowed processor's stream time
	 * and close every open window early, so that the real events after it would all be
	 * dropped as late. Clocks drift, so the contract is generous; a reader may be
	 * stricter (the analytics processor's {@code playground.processor.max-future-skew}).
	 */
	public static final Duration MAX_CLOCK_SKEW = Duration.ofHours(1);

	/** Problems listed in a reason before the rest are only counted. */
	static final int MAX_PROBLEMS = 10;

	private final JsonMapper mapper;

	private final Clock clock;

	/** A parser that reads the time from the system clock, in UTC. */
	public StoreEventParser() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock the reader's clock, which {@code occurredAt} must not be ahead of by
	 * more than {@link #MAX_CLOCK_SKEW}
	 */
	public StoreEventParser(Clock clock) {
		this(EventJson.mapper(), clock);
	}

	StoreEventParser(JsonMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * @param topic the topic the record was read from
	 * @param key the record key, or null
	 * @param value the record value, or null
	 */
	public ParseResult parse(String topic, String key, byte[] value) {
		if (value == null) {
			return new ParseResult.Rejected("record value is null (a tombstone is not an event)");
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(value);
		}
		catch (JacksonException ex) {
			return new ParseResult.Rejected("value is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			return new ParseResult.Rejected("value must be a JSON object");
		}
		FieldChecks checks = new FieldChecks(root);
		String typeName = checks.text("eventType");
		Optional<EventType> type = Optional.ofNullable(typeName).flatMap(EventType::fromWireName);
		if (typeName != null && type.isEmpty()) {
			checks.problem("field 'eventType' must be one of " + wireNames() + " but was \"" + typeName + "\"");
		}
		type.filter((known) -> !known.topic().equals(topic))
			.ifPresent((known) -> checks.problem(
					"eventType \"" + known.wireName() + "\" belongs on topic " + known.topic() + ", not " + topic));
		CommonFields common = EventFieldRules.common(checks, this.clock.instant());
		// Built from the values the checks read rather than mapped from the tree again
		// (treeToValue, and occurredAt parsed twice): every event the processor reads
		// comes through here, and a second pass over it would be paid on its stream
		// thread (docs/performance.md has the profile).
		StoreEvent event = type.map((known) -> EventFieldRules.forType(known, checks, common)).orElse(null);
		String sessionId = common.sessionId();
		if (sessionId != null && !sessionId.equals(key)) {
			checks.problem("record key " + ((key != null) ? "\"" + key + "\"" : "null") + " must equal sessionId \""
					+ sessionId + "\"");
		}
		if (checks.failed()) {
			return new ParseResult.Rejected(reason(checks.problems()));
		}
		return new ParseResult.Accepted(event);
	}

	/** All problems, or the first few and how many more: a reason must stay readable. */
	private static String reason(List<String> problems) {
		if (problems.size() <= MAX_PROBLEMS) {
			return String.join("; ", problems);
		}
		return String.join("; ", problems.subList(0, MAX_PROBLEMS)) + "; and " + (problems.size() - MAX_PROBLEMS)
				+ " more problems";
	}

	private static List<String> wireNames() {
		return Arrays.stream(EventType.values()).map((type) -> '"' + type.wireName() + '"').toList();
	}

}
