package dev.kafkaplayground.labs;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option as the playground's other commands do ({@code 90s}, {@code 2m},
 * {@code 500ms}, {@code 1h}, {@code PT1M}), a plain number meaning seconds; zero and
 * negative durations are refused.
 */
public final class DurationOption implements ITypeConverter<Duration> {

	private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

	@Override
	public Duration convert(String value) {
		Duration duration = parse(value.trim());
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new TypeConversionException(
					"must be a positive duration such as 60s, 2m or 500ms but was '" + value + "'");
		}
		return duration;
	}

	private static Duration parse(String value) {
		Matcher simple = SIMPLE.matcher(value);
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			String unit = (simple.group(2) != null) ? simple.group(2) : "s";
			return switch (unit) {
				case "ms" -> Duration.ofMillis(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofSeconds(amount);
			};
		}
		try {
			return Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
