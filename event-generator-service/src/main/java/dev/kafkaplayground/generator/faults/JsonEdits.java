package dev.kafkaplayground.generator.faults;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.json.EventJson;

/**
 * Small edits of a valid record's JSON, read as a tree, changed and written back.
 */
final class JsonEdits {

	/** Date and time as a person writes them: no {@code T}, no offset. */
	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private JsonEdits() {
	}

	/** The record with its JSON object value changed. */
	static PoisonRecord edit(PoisonRecord record, Consumer<ObjectNode> change) {
		JsonMapper mapper = EventJson.mapper();
		ObjectNode json = (ObjectNode) mapper.readTree(record.value());
		change.accept(json);
		return record.withValue(mapper.writeValueAsBytes(json));
	}

	/** The first half of the bytes: no prefix of a JSON object is a whole one. */
	static byte[] truncate(byte[] json) {
		return Arrays.copyOf(json, json.length / 2);
	}

	/** The JSON value as the only element of a JSON array. */
	static byte[] wrapInArray(byte[] json) {
		JsonMapper mapper = EventJson.mapper();
		return mapper.writeValueAsBytes(mapper.createArrayNode().add(mapper.readTree(json)));
	}

	/** A time that is not RFC 3339, e.g. {@code 2026-11-24 15:41:31}. */
	static String localTime(Instant instant) {
		return LOCAL_TIME.format(instant);
	}

	/** A query pasted over and over until it is longer than the contract allows. */
	static String oversized(String query) {
		return (query + " ").repeat(SearchPerformed.MAX_QUERY_LENGTH / query.length() + 1).strip();
	}

	/** One more result id than the contract allows, with a result count to match. */
	static void tooManyResults(ObjectNode search) {
		ArrayNode ids = search.putArray("resultGameIds");
		for (int i = 1; i <= SearchPerformed.MAX_RESULT_IDS + 1; i++) {
			ids.add("g-%03d".formatted(i));
		}
		search.put("resultCount", Math.max(ids.size(), search.get("resultCount").asInt()));
	}

	/** The topic of the next event type, so never the type's own. */
	static String otherTopic(EventType type) {
		EventType[] types = EventType.values();
		return types[(type.ordinal() + 1) % types.length].topic();
	}

}
