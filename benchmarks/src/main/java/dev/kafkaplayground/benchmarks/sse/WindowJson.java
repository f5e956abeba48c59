package dev.kafkaplayground.benchmarks.sse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;

/**
 * Reads the two fields the benchmarks time from the data of a {@code metrics} event, a
 * {@code WindowMetrics} record as on {@code analytics.metrics}, with the contract's
 * mapper's parser, token by token: thousands of clients read every update, so nothing
 * else of the record is built.
 */
public final class WindowJson {

	private WindowJson() {
	}

	/** The record's {@code updatedAt}, if it has one. */
	public static Optional<Instant> updatedAt(String json) {
		try (JsonParser parser = EventJson.mapper().createParser(json)) {
			if (moveToTopLevelField(parser, "updatedAt") && parser.nextToken() == JsonToken.VALUE_STRING) {
				return Optional.of(EventTime.parse(parser.getString()));
			}
			return Optional.empty();
		}
	}

	/** The game ids of the record's {@code games} section; none if it has none. */
	public static List<String> gameIds(String json) {
		List<String> ids = new ArrayList<>();
		try (JsonParser parser = EventJson.mapper().createParser(json)) {
			if (moveToTopLevelField(parser, "games") && parser.nextToken() == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					ids.add(parser.currentName());
					parser.nextToken();
					parser.skipChildren();
				}
			}
		}
		return ids;
	}

	// leaves the parser on the field's name; false if the object has no such field
	private static boolean moveToTopLevelField(JsonParser parser, String name) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			return false;
		}
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			if (parser.currentName().equals(name)) {
				return true;
			}
			parser.nextToken();
			parser.skipChildren();
		}
		return false;
	}

}
