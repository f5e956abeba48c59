package dev.kafkaplayground.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.metrics.HeldWindow;
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

	private final RecentHistory<Instant, HeldWindow> history = windows(3);

	@Test
	void shouldReplaceAWindowWithItsNewerVersion() {
		assertThat(offer(open(minute(0), 5, Duration.ofSeconds(10)))).isTrue();
		assertThat(offer(open(minute(0), 8, Duration.ofSeconds(20)))).isTrue();

		assertThat(held()).singleElement().satisfies((window) -> assertThat(views(window)).isEqualTo(8));
	}

	@Test
	void shouldIgnoreAnOlderVersionOfAWindow() {
		offer(open(minute(0), 8, Duration.ofSeconds(20)));

		assertThat(offer(open(minute(0), 5, Duration.ofSeconds(10)))).isFalse();
		assertThat(held()).singleElement().satisfies((window) -> assertThat(views(window)).isEqualTo(8));
	}

	@Test
	void shouldNeverReplaceAFinalWindowWithAnOpenOne() {
		offer(closed(minute(0), 9, Duration.ofSeconds(70)));

		assertThat(offer(open(minute(0), 4, Duration.ofSeconds(90)))).isFalse();
		assertThat(held()).singleElement().satisfies((window) -> {
			assertThat(window.isFinal()).isTrue();
			assertThat(views(window)).isEqualTo(9);
		});
	}

	@Test
	void shouldLetTheFinalRecordReplaceOpenOnes() {
		offer(open(minute(0), 8, Duration.ofSeconds(80)));

		assertThat(offer(closed(minute(0), 9, Duration.ofSeconds(70)))).isTrue();
		assertThat(held()).singleElement().satisfies((window) -> assertThat(window.isFinal()).isTrue());
	}

	@Test
	void shouldListWindowsOldestFirstWhateverTheArrivalOrder() {
		offer(open(minute(2), 1, Duration.ofSeconds(1)));
		offer(closed(minute(0), 1, Duration.ofSeconds(61)));
		offer(open(minute(1), 1, Duration.ofSeconds(1)));

		assertThat(held()).extracting(WindowMetrics::windowStart).containsExactly(minute(0), minute(1), minute(2));
	}

	@Test
	void shouldKeepOnlyTheMostRecentWindows() {
		for (int minute = 0; minute < 5; minute++) {
			offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(this.history.size()).isEqualTo(3);
		assertThat(held()).extracting(WindowMetrics::windowStart).containsExactly(minute(2), minute(3), minute(4));
	}

	@Test
	void shouldIgnoreAWindowOlderThanAllKeptWhenFull() {
		for (int minute = 1; minute <= 3; minute++) {
			offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(offer(closed(minute(0), 1, Duration.ofSeconds(61)))).isFalse();
		assertThat(held()).extracting(WindowMetrics::windowStart).containsExactly(minute(1), minute(2), minute(3));
	}

	@Test
	void shouldStillUpdateTheOldestKeptWindowWhenFull() {
		for (int minute = 0; minute < 3; minute++) {
			offer(open(minute(minute), 1, Duration.ofSeconds(1)));
		}

		assertThat(offer(closed(minute(0), 2, Duration.ofSeconds(61)))).isTrue();
		assertThat(held()).first().satisfies((window) -> assertThat(window.isFinal()).isTrue());
	}

	@Test
	void shouldRejectAnEmptyBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> windows(0)).withMessageContaining("maxEntries");
	}

	private boolean offer(WindowMetrics record) {
		return this.history.offer(HeldWindow.read(record)).isPresent();
	}

	private List<WindowMetrics> held() {
		return this.history.snapshot().stream().map(HeldWindow::metrics).toList();
	}

	private static RecentHistory<Instant, HeldWindow> windows(int maxEntries) {
		return new RecentHistory<>(maxEntries, (window) -> window.metrics().windowStart(), WindowVersions::held);
	}

}
