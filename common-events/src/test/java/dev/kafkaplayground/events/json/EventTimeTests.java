package dev.kafkaplayground.events.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The hand-written RFC 3339 parser agrees with the JDK's on valid and invalid text. */
class EventTimeTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-24T15:41:31.120Z", "2026-11-24T15:41:31Z", "2026-11-24t15:41:31.1z",
			"2026-11-24T15:41:31.123456789Z", "2026-11-24T16:41:31.120+01:00", "2026-11-24T05:11:31.120-10:30",
			"2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z", "2026-12-31T23:59:59.5+18:00",
			"0001-01-01T00:00:00-18:00" })
	void shouldReadEveryRfc3339DateTimeAsTheJdkDoes(String text) {
		Instant jdk = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
			.toInstant();
		assertThat(EventTime.parse(text)).isEqualTo(jdk);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "2026-11-24T15:41Z", "2026-11-24 15:41:31Z", "2026-11-24T15:41:31",
			"2026-11-24T15:41:31.Z", "2026-11-24T15:41:31.1234567891Z", "2026-11-24T15:41:31.120+0100",
			"2026-11-24T15:41:31.120+01", "2026-13-24T15:41:31Z", "2026-02-30T15:41:31Z", "2025-02-29T00:00:00Z",
			"2026-11-24T24:00:00Z", "2026-11-24T15:60:31Z", "2026-11-24T15:41:60Z", "2026-11-24T15:41:31+19:00",
			"2026-11-24T15:41:31ZZ", "+2026-11-24T15:41:31Z", "2026-11-24T15:41:31.120 Z", "2026-1a-24T15:41:31Z" })
	void shouldRefuseWhatIsNotAnRfc3339DateTime(String text) {
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> EventTime.parse(text));
	}

}
