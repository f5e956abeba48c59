package dev.kafkaplayground.events.validation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.json.EventTime;

/**
 * Checks the fields of one JSON object and collects every problem found, each naming the
 * field and what was wrong with it.
 */
final class FieldChecks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final JsonNode object;

	private final String prefix;

	private final List<String> problems;

	FieldChecks(JsonNode object) {
		this(object, "", new ArrayList<>());
	}

	private FieldChecks(JsonNode object, String prefix, List<String> problems) {
		this.object = object;
		this.prefix = prefix;
		this.problems = problems;
	}

	/** Checks of a nested object whose problems are reported with a path prefix. */
	FieldChecks nested(JsonNode nestedObject, String path) {
		return new FieldChecks(nestedObject, path + ".", this.problems);
	}

	List<String> problems() {
		return this.problems;
	}

	/**
	 * Whether any check so far, of this object or another sharing its problems, failed.
	 */
	boolean failed() {
		return !this.problems.isEmpty();
	}

	void problem(String problem) {
		this.problems.add(problem);
	}

	boolean isPresent(String field) {
		JsonNode value = this.object.get(field);
		return value != null && !value.isNull();
	}

	/** A required non-empty string; returns it, or null after recording a problem. */
	String text(String field) {
		JsonNode value = this.object.get(field);
		if (value == null || value.isNull()) {
			return missing(field);
		}
		if (!value.isString()) {
			return wrong(field, "must be a string", value);
		}
		if (value.stringValue().isBlank()) {
			return wrong(field, "must not be empty", value);
		}
		return value.stringValue();
	}

	/**
	 * A required UUID in its canonical form; returns it, or null after recording a
	 * problem.
	 */
	UUID uuid(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			UUID parsed = UUID.fromString(text);
			// fromString also takes short groups such as "1-2-3-4-5".
			return parsed.toString().equalsIgnoreCase(text) ? parsed : wrong(field, "must be a UUID string");
		}
		catch (IllegalArgumentException ex) {
			return wrong(field, "must be a UUID string");
		}
	}

	/** A required RFC 3339 instant; returns it, or null after recording a problem. */
	Instant instant(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return EventTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return wrong(field, "must be an RFC 3339 instant such as 2026-11-24T15:41:31.120Z");
		}
	}

	/** A required country code; returns it, or null after recording a problem. */
	String country(String field) {
		String text = text(field);
		if (text != null && !COUNTRIES.contains(text)) {
			return wrong(field, "must be an ISO 3166-1 alpha-2 country code such as \"US\"");
		}
		return text;
	}

	/**
	 * A required wire name of an enum constant; returns the constant, or null after
	 * recording a problem.
	 */
	<E extends Enum<E>> E oneOf(String field, WireNames<E> allowed) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		E constant = allowed.constant(text);
		return (constant != null) ? constant : wrong(field, "must be one of " + allowed.choices());
	}

	/** A required whole number of at least zero that fits an int; returns it or null. */
	Integer nonNegativeInt(String field) {
		JsonNode value = this.object.get(field);
		if (value == null || value.isNull()) {
			missing(field);
			return null;
		}
		if (!value.isIntegralNumber()) {
			wrong(field, "must be a whole number", value);
			return null;
		}
		if (!value.canConvertToInt()) {
			wrong(field, "must be at most " + Integer.MAX_VALUE, value);
			return null;
		}
		if (value.intValue() < 0) {
			wrong(field, "must not be negative", value);
			return null;
		}
		return value.intValue();
	}

	/** A required whole number of at least zero; returns it or null. */
	Long nonNegativeLong(String field) {
		JsonNode value = this.object.get(field);
		if (value == null || value.isNull()) {
			missing(field);
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			wrong(field, "must be a whole number", value);
			return null;
		}
		if (value.longValue() < 0) {
			wrong(field, "must not be negative", value);
			return null;
		}
		return value.longValue();
	}

	/** A required array; returns it, or null after recording a problem. */
	JsonNode array(String field) {
		JsonNode value = this.object.get(field);
		if (value == null || value.isNull()) {
			missing(field);
			return null;
		}
		if (!value.isArray()) {
			wrong(field, "must be an array", value);
			return null;
		}
		return value;
	}

	String name(String field) {
		return this.prefix + field;
	}

	private <T> T missing(String field) {
		this.problems.add("missing required field '" + name(field) + "'");
		return null;
	}

	/**
	 * Records that a present field breaks a rule; returns null, for the checks that
	 * return a value.
	 */
	<T> T wrong(String field, String rule) {
		return wrong(field, rule, this.object.get(field));
	}

	private <T> T wrong(String field, String rule, JsonNode value) {
		this.problems.add("field '" + name(field) + "' " + rule + " but was " + abbreviate(value));
		return null;
	}

	static String abbreviate(JsonNode value) {
		String text = value.toString();
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
