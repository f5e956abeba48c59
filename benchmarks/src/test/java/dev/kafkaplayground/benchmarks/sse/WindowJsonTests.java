package dev.kafkaplayground.benchmarks.sse;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static org.assertj.core.api.Assertions.assertThat;

class WindowJsonTests {

	private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

	private static final Instant UPDATED = Instant.parse("2026-11-24T12:00:41.305Z");

	@Test
	void shouldReadUpdatedAtOfARecordWrittenByTheContractsMapper() {
		String json = EventJson.mapper().writeValueAsString(window(Map.of()));

		assertThat(WindowJson.updatedAt(json)).contains(UPDATED);
	}

	@Test
	void shouldReadUpdatedAtWhereverItIsAndSkipNestedFieldsOfTheSameName() {
		String json = "{\"games\":{\"updatedAt\":{\"updatedAt\":1}},\"updatedAt\":\"2026-11-24T12:00:41.305Z\"}";

		assertThat(WindowJson.updatedAt(json)).contains(UPDATED);
	}

	@Test
	void shouldHaveNoUpdatedAtWhenTheRecordHasNone() {
		assertThat(WindowJson.updatedAt("{\"windowStart\":\"2026-11-24T12:00:00.000Z\"}")).isEmpty();
		assertThat(WindowJson.updatedAt("[]")).isEmpty();
	}

	@Test
	void shouldListTheGameIdsOfTheGamesSection() {
		GameActivity activity = new GameActivity(1, 0, 0, 0, 0);
		String json = EventJson.mapper()
			.writeValueAsString(window(Map.of("g-001", activity, "probe-7", activity, "g-120", activity)));

		assertThat(WindowJson.gameIds(json)).containsExactlyInAnyOrder("g-001", "probe-7", "g-120");
	}

	@Test
	void shouldListNoGameIdsWithoutAGamesSection() {
		assertThat(WindowJson.gameIds("{\"updatedAt\":\"2026-11-24T12:00:41.305Z\"}")).isEmpty();
	}

	private static WindowMetrics window(Map<String, GameActivity> games) {
		return new WindowMetrics(START, START.plusSeconds(60), false, UPDATED, Map.of("purchase", 1L), 1999, 1, null,
				null, null, games, null);
	}

}
