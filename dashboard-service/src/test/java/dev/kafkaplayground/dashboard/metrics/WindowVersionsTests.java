package dev.kafkaplayground.dashboard.metrics;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.views;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule for which record of a window the dashboard holds: within one run of the
 * processor, and across runs when a replay publishes a final record again.
 */
class WindowVersionsTests {

	private static final HeldWindow UPDATE = read(open(minute(0), 5, Duration.ofSeconds(20)));

	private static final HeldWindow FINAL = read(closed(minute(0), 9, Duration.ofSeconds(70)));

	@Test
	void shouldReplaceAnUpdateWithALaterOne() {
		HeldWindow later = read(open(minute(0), 8, Duration.ofSeconds(30)));

		assertThat(WindowVersions.held(UPDATE, later)).isEqualTo(later);
	}

	@Test
	void shouldKeepAnUpdateAgainstAnEarlierOne() {
		HeldWindow earlier = read(open(minute(0), 3, Duration.ofSeconds(10)));

		assertThat(WindowVersions.held(UPDATE, earlier)).isSameAs(UPDATE);
	}

	@Test
	void shouldLetTheFinalRecordReplaceUpdatesWithoutCallingTheWindowRebuilt() {
		HeldWindow laterUpdate = read(open(minute(0), 8, Duration.ofSeconds(80)));

		assertThat(WindowVersions.held(laterUpdate, FINAL)).isEqualTo(FINAL);
	}

	@Test
	void shouldNeverReplaceAFinalRecordWithAnUpdateNotEvenOneOfAReplay() {
		HeldWindow replayed = read(open(minute(0), 2, Duration.ofMinutes(30)));

		assertThat(WindowVersions.held(FINAL, replayed)).isSameAs(FINAL);
	}

	@Test
	void shouldReplaceAFinalRecordWithOnePublishedLaterAndMarkTheWindowRebuilt() {
		WindowMetrics replayed = closed(minute(0), 7, Duration.ofMinutes(30));

		HeldWindow held = WindowVersions.held(FINAL, read(replayed));

		assertThat(held.metrics()).isEqualTo(replayed);
		assertThat(held.rebuilt()).isTrue();
	}

	@Test
	void shouldNotCallTheSameFinalRecordReadAgainARebuild() {
		HeldWindow again = read(closed(minute(0), 9, Duration.ofSeconds(70)));

		HeldWindow held = WindowVersions.held(FINAL, again);

		assertThat(held.metrics()).isEqualTo(FINAL.metrics());
		assertThat(held.rebuilt()).isFalse();
	}

	@Test
	void shouldIgnoreAFinalRecordPublishedBeforeTheOneHeld() {
		HeldWindow stale = read(closed(minute(0), 4, Duration.ofSeconds(65)));

		assertThat(WindowVersions.held(FINAL, stale)).isSameAs(FINAL);
	}

	@Test
	void shouldKeepARebuiltWindowRebuiltWhenItsFinalRecordIsReadAgain() {
		WindowMetrics replayed = closed(minute(0), 7, Duration.ofMinutes(30));
		HeldWindow rebuilt = WindowVersions.held(FINAL, read(replayed));

		HeldWindow held = WindowVersions.held(rebuilt, read(replayed));

		assertThat(held.rebuilt()).isTrue();
		assertThat(views(held.metrics())).isEqualTo(7);
		assertThat(WindowVersions.held(rebuilt, FINAL)).isSameAs(rebuilt);
	}

	@Test
	void shouldWriteTheRecordsFieldsThenRebuilt() {
		HeldWindow rebuilt = new HeldWindow(FINAL.metrics(), true);

		String json = EventJson.mapper().writeValueAsString(rebuilt);

		assertThat(json).startsWith(EventJson.mapper().writeValueAsString(FINAL.metrics()).replaceFirst("}$", ""))
			.endsWith(",\"rebuilt\":true}");
	}

	private static HeldWindow read(WindowMetrics record) {
		return HeldWindow.read(record);
	}

}
