package dev.kafkaplayground.events.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Event time on the wire: RFC 3339 instants in UTC, always with milliseconds, e.g.
 * {@code 2026-11-24T15:41:31.120Z}. Readers accept any RFC 3339 offset.
 */
public final class EventTime {

	private static final DateTimeFormatter WRITER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern RFC_3339 = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

	/**
	 * The instant formatted last: a producer stamps many events in the same millisecond,
	 * so most calls are answered from here instead of formatting again.
	 */
	private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

	private EventTime() {
	}

	public static String format(Instant instant) {
		long millis = instant.toEpochMilli();
		Formatted cached = last;
		if (cached.millis() == millis) {
			return cached.text();
		}
		String text = WRITER.format(instant);
		last = new Formatted(millis, text);
		return text;
	}

	/**
	 * Parses an RFC 3339 date-time ({@code date-time} of section 5.6: seconds required,
	 * fraction optional, {@code Z} or a {@code +hh:mm} offset, {@code T}/{@code Z} in
	 * either case).
	 * @throws DateTimeParseException if the text is not one
	 */
	public static Instant parse(String text) {
		if (!RFC_3339.matcher(text).matches()) {
			throw new DateTimeParseException("not an RFC 3339 date-time", text, 0);
		}
		return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
	}

	/** The instant with the precision the contract carries. */
	public static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	private record Formatted(long millis, String text) {

	}

}
