package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.springframework.boot.convert.DurationStyle;

/**
 * Reads a duration option as Spring Boot reads {@code Duration} properties ({@code 60s},
 * {@code 2m}, {@code 500ms}, {@code PT1M}), a plain number meaning seconds; zero and
 * negative durations are refused.
 */
final class PositiveDuration implements ITypeConverter<Duration> {

	@Override
	public Duration convert(String value) {
		Duration duration;
		try {
			duration = DurationStyle.detectAndParse(value.trim(), ChronoUnit.SECONDS);
		}
		catch (IllegalArgumentException ex) {
			duration = Duration.ZERO;
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new TypeConversionException(
					"must be a positive duration such as 60s, 2m or 500ms but was '" + value + "'");
		}
		return duration;
	}

}
