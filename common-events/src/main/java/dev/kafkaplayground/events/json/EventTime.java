package dev.kafkaplayground.events.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Event time on the wire: RFC 3339 instants in UTC, always with milliseconds, e.g.
 * {@code 2026-11-24T15:41:31.120Z}. Readers accept any RFC 3339 offset.
 */
public final class EventTime {

	private static final DateTimeFormatter WRITER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

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
	 * either case). Written out by hand: every event's time is parsed, and this is
	 * several times faster than a {@code DateTimeFormatter}.
	 * @throws DateTimeParseException if the text is not one
	 */
	public static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| (text.charAt(10) != 'T' && text.charAt(10) != 't') || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			throw notRfc3339(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
				nanos = nanos * 10 + (text.charAt(at++) - '0');
			}
			if (at == start) {
				throw notRfc3339(text);
			}
			for (int i = at - start; i < 9; i++) {
				nanos *= 10;
			}
		}
		int offsetSeconds = offsetSeconds(text, at);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
			throw new DateTimeParseException("date or time field out of range", text, 0);
		}
		try {
			long epochDay = LocalDate.of(year, month, day).toEpochDay();
			return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds,
					nanos);
		}
		catch (DateTimeException ex) {
			throw new DateTimeParseException(ex.getMessage(), text, 0, ex);
		}
	}

	/** The offset at {@code at}, the end of the text: {@code Z} or {@code ±hh:mm}. */
	private static int offsetSeconds(String text, int at) {
		int rest = text.length() - at;
		char sign = (rest > 0) ? text.charAt(at) : ' ';
		if ((sign == 'Z' || sign == 'z') && rest == 1) {
			return 0;
		}
		if ((sign != '+' && sign != '-') || rest != 6 || text.charAt(at + 3) != ':') {
			throw notRfc3339(text);
		}
		int hours = digits(text, at + 1, 2);
		int minutes = digits(text, at + 4, 2);
		if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
			throw new DateTimeParseException("offset out of range", text, at);
		}
		int seconds = hours * 3_600 + minutes * 60;
		return (sign == '-') ? -seconds : seconds;
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				throw notRfc3339(text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static DateTimeParseException notRfc3339(String text) {
		return new DateTimeParseException("not an RFC 3339 date-time", text, 0);
	}

	/** The instant with the precision the contract carries. */
	public static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	private record Formatted(long millis, String text) {

	}

}
