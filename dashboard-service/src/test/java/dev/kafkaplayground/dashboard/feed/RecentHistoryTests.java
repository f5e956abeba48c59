package dev.kafkaplayground.dashboard.feed;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.metrics.WindowVersions;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The history with the windows' rules, as the metrics feed uses it.
 */
class RecentHistoryTests {

	private final RecentHistory<Instant, WindowMetrics> history = windows(3);

	@Test
	void shouldReplaceAWindowWithItsNewerVersion() {
		assertThat(this.history.offer(open(minute(0), 5, Duration.ofSeconds(10)))).isTrue();
		assertThat(this.history.offer(open(minute(0), 8, Duration.ofSeconds(20)))).isTrue();

		assertThat(this.history.snapshot()).singleElement()
			.satisfies((window) -> assertThat(views(window)).isEqualTo(8));
	}

	@Test
	void shouldIgnoreAnOlderVersionOfAWindow() {
		this.history.offer(open(minute(0), 8, Duration.ofSeconds(20)));

		assertThat(this.history.offer(open(minute(0), 5, Duration.ofSeconds(10)))).isFalse();
		assertThat(this.history.snapshot()).singleElement()
			.satisfies((window) -> assertThat(views(window)).isEqualTo(8));
	}

	@Test
	void shouldNeverReplaceAFinalWindowWithAnOpenOne() {
		this.history.offer(closed(minute(0), 9, Duration.ofSeconds(70)));

		assertThat(this.history.offer(open(minute(0), 4, Duration.ofSeconds(90)))).isFalse();
		assertThat(this.history.snapshot()).singleElement().satisfies((window) -> {
			assertThat(window.isFinal()).isTrue();
			assertThat(views(window)).isEqualTo(9);
		});
	}

	@Test
	void shouldLetTheFinalRecordReplaceOpenOnes() {
		this.history.offer(open(minute(0), 8, Duration.ofSeconds(80)));

		assertThat(this.history.offer(closed(minute(0), 9, Duration.ofSeconds(70)))).isTrue();
		assertThat(this.history.snapshot()).singleElement()
			.satisfies((window) -> assertThat(window.isFinal()).isTrue());
	}

	@Test
	void shouldListWindowsOldestFirstWhateverTheArrivalOrder() {
		this.history.offer(open(minute(2), 1, Duration.ofSeconds(1)));
		this.history.offer(closed(minute(0), 1, Duration.ofSeconds(61)));
		this.history.offer(open(minute(1), 1, Duration.ofSeconds(1)));

		assertThat(this.history.snapshot()).extracting(WindowMetrics::windowStart)
			.containsExactly(minute(0), minute(1), minute(2));
	}

	@Test
	void shouldKeepOnlyTheMostRecentWindows() {
		for (int minute = 0; minute < 5; minute++) {
			this.history.offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(this.history.size()).isEqualTo(3);
		assertThat(this.history.snapshot()).extracting(WindowMetrics::windowStart)
			.containsExactly(minute(2), minute(3), minute(4));
	}

	@Test
	void shouldIgnoreAWindowOlderThanAllKeptWhenFull() {
		for (int minute = 1; minute <= 3; minute++) {
			this.history.offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(this.history.offer(closed(minute(0), 1, Duration.ofSeconds(61)))).isFalse();
		assertThat(this.history.snapshot()).extracting(WindowMetrics::windowStart)
			.containsExactly(minute(1), minute(2), minute(3));
	}

	@Test
	void shouldStillUpdateTheOldestKeptWindowWhenFull() {
		for (int minute = 0; minute < 3; minute++) {
			this.history.offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(this.history.offer(closed(minute(0), 2, Duration.ofSeconds(61)))).isTrue();
		assertThat(this.history.snapshot()).first().satisfies((window) -> assertThat(window.isFinal()).isTrue());
	}

	@Test
	void shouldRejectAnEmptyBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> windows(0)).withMessageContaining("maxEntries");
	}

	private static RecentHistory<Instant, WindowMetrics> windows(int maxEntries) {
		return new RecentHistory<>(maxEntries, WindowMetrics::windowStart, WindowVersions::supersedes);
	}

}
