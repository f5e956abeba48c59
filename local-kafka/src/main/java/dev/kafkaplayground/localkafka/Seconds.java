package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people read them in a terminal: {@code 4.2 s}.
 */
final class Seconds {

	private Seconds() {
	}

	static String of(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
