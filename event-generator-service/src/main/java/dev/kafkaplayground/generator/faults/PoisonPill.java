package dev.kafkaplayground.generator.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventTime;

/**
 * The ways a producer can break the event contract, one rule each. Every kind turns any
 * valid event into a record that {@code StoreEventParser} rejects.
 */
public enum PoisonPill {

	BROKEN_JSON("JSON cut off halfway, as by a producer that died mid-write",
			(event, json) -> StandIns.valid(event, json).withValue(JsonEdits.truncate(json))),

	NOT_AN_OBJECT("The event wrapped in a JSON array",
			(event, json) -> StandIns.valid(event, json).withValue(JsonEdits.wrapInArray(json))),

	EMPTY_VALUE("A value of zero bytes", (event, json) -> StandIns.valid(event, json).withValue(new byte[0])),

	TOMBSTONE("A null value, which Kafka reads as a delete marker, not an event",
			(event, json) -> StandIns.valid(event, json).withValue(null)),

	MISSING_FIELD("The event without its sessionId",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json), (node) -> node.remove("sessionId"))),

	UNKNOWN_EVENT_TYPE("An eventType the contract does not know (\"refund\")",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json), (node) -> node.put("eventType", "refund"))),

	WRONG_FIELD_TYPE("A userId as a JSON number instead of a string",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json), (node) -> node.put("userId", 42))),

	NEGATIVE_PRICE("A cart action priced below zero",
			(event, json) -> JsonEdits.edit(StandIns.cartAction(event, json),
					(node) -> node.put("priceCents", -Math.max(1, node.get("priceCents").asInt())))),

	WRONG_TOTAL("A purchase whose totalCents is one cent more than the sum of its items",
			(event, json) -> JsonEdits.edit(StandIns.purchase(event, json),
					(node) -> node.put("totalCents", node.get("totalCents").asLong() + 1))),

	OVERSIZED_QUERY("A search whose query is pasted over and over past 200 characters",
			(event, json) -> JsonEdits.edit(StandIns.search(event, json),
					(node) -> node.put("query", JsonEdits.oversized(node.get("query").stringValue())))),

	TOO_MANY_RESULTS("A search carrying 11 result ids where at most 10 are allowed",
			(event, json) -> JsonEdits.edit(StandIns.search(event, json), JsonEdits::tooManyResults)),

	NULL_KEY("A valid event sent without a record key", (event, json) -> StandIns.valid(event, json).withKey(null)),

	KEY_MISMATCH("A valid event keyed by userId instead of sessionId",
			(event, json) -> StandIns.valid(event, json)
				.withKey(event.userId().equals(event.sessionId()) ? "not-" + event.sessionId() : event.userId())),

	WRONG_TOPIC("A valid event sent to the topic of another event type",
			(event, json) -> StandIns.valid(event, json).withTopic(JsonEdits.otherTopic(event.eventType()))),

	BAD_TIMESTAMP("An occurredAt in local date and time without an offset (\"2026-11-24 15:41:31\")",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json),
					(node) -> node.put("occurredAt", JsonEdits.localTime(event.occurredAt())))),

	FUTURE_TIMESTAMP("An occurredAt a day after the event happened, as from a producer with a wrong clock",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json),
					(node) -> node.put("occurredAt", EventTime.format(event.occurredAt().plus(Duration.ofDays(1)))))),

	INVALID_UUID("An eventId without the hyphens of a UUID",
			(event, json) -> JsonEdits.edit(StandIns.valid(event, json),
					(node) -> node.put("eventId", event.eventId().toString().replace("-", "")))),

	UNKNOWN_COUNTRY("A country code in lower case (\"us\"), which is no ISO 3166-1 code", (event, json) -> JsonEdits
		.edit(StandIns.valid(event, json), (node) -> node.put("country", event.country().toLowerCase(Locale.ROOT))));

	private final String description;

	private final Maker maker;

	PoisonPill(String description, Maker maker) {
		this.description = description;
		this.maker = maker;
	}

	/**
	 * Turns a valid event into this poison pill.
	 * @param event a valid event
	 * @param validJson the event as the generator serialized it
	 * @return the record to send in its place
	 */
	public PoisonRecord make(StoreEvent event, byte[] validJson) {
		return this.maker.make(event, validJson);
	}

	/** What the pill does to an event, as a short sentence for docs and logs. */
	public String description() {
		return this.description;
	}

	/** The kind's name in the REST API and metrics, e.g. {@code broken-json}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<PoisonPill> fromWireName(String wireName) {
		return Arrays.stream(values()).filter((pill) -> pill.wireName().equals(wireName)).findFirst();
	}

	@FunctionalInterface
	private interface Maker {

		PoisonRecord make(StoreEvent event, byte[] validJson);

	}

}
