package dev.kafkaplayground.dashboard.truth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/** Truth records for tests: {@code views} page views, the other counts zero. */
public final class MinuteTruthFixtures {

	private MinuteTruthFixtures() {
	}

	public static MinuteTruth truth(Instant start, boolean isFinal, long views) {
		return new MinuteTruth(start, start.plus(Duration.ofMinutes(1)), isFinal,
				WindowMetrics.eventCounts(Map.of(EventType.GAME_PAGE_VIEWED, views)), views * 100, views / 10, Map.of(),
				Funnel.EMPTY, 0, 0, 0);
	}

	public static long views(MinuteTruth truth) {
		return truth.events().get(EventType.GAME_PAGE_VIEWED.wireName());
	}

}
