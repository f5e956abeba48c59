package dev.kafkaplayground.processor.window;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinuteWindowsTests {

	private final MinuteWindows windows = new MinuteWindows(Duration.ofSeconds(30));

	@Test
	void shouldStartWindowsOnTheMinuteWithTheEndExclusive() {
		assertThat(this.windows.startOf(ms("12:00:00.000"))).isEqualTo(ms("12:00:00.000"));
		assertThat(this.windows.startOf(ms("12:00:59.999"))).isEqualTo(ms("12:00:00.000"));
		assertThat(this.windows.startOf(ms("12:01:00.000"))).isEqualTo(ms("12:01:00.000"));
		assertThat(this.windows.endOf(ms("12:00:00.000"))).isEqualTo(ms("12:01:00.000"));
	}

	@Test
	void shouldCloseAWindowWhenStreamTimeReachesEndPlusGrace() {
		assertThat(this.windows.isClosed(ms("12:00:00"), ms("12:01:29.999"))).isFalse();
		assertThat(this.windows.isClosed(ms("12:00:00"), ms("12:01:30.000"))).isTrue();
	}

	@Test
	void shouldCloseAtTheEndWithoutGrace() {
		MinuteWindows noGrace = new MinuteWindows(Duration.ZERO);

		assertThat(noGrace.isClosed(ms("12:00:00"), ms("12:00:59.999"))).isFalse();
		assertThat(noGrace.isClosed(ms("12:00:00"), ms("12:01:00"))).isTrue();
	}

	private static long ms(String timeOfDay) {
		return Instant.parse("2026-11-24T" + timeOfDay + "Z").toEpochMilli();
	}

}
