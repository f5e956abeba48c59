package dev.kafkaplayground.dashboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * Window records for tests: {@code views} page views, the other counts zero, published
 * {@code publishedAfter} after the window started.
 */
public final class WindowMetricsFixtures {

	public static final Instant T0 = Instant.parse("2026-11-24T15:00:00Z");

	private WindowMetricsFixtures() {
	}

	public static WindowMetrics open(Instant start, long views, Duration publishedAfter) {
		return window(start, false, views, publishedAfter);
	}

	public static WindowMetrics closed(Instant start, long views, Duration publishedAfter) {
		return window(start, true, views, publishedAfter);
	}

	public static WindowMetrics window(Instant start, boolean isFinal, long views, Duration publishedAfter) {
		return new WindowMetrics(start, start.plus(Duration.ofMinutes(1)), isFinal, start.plus(publishedAfter),
				WindowMetrics.eventCounts(Map.of(EventType.GAME_PAGE_VIEWED, views)), views * 100, views / 10,
				Funnel.EMPTY, Cart.EMPTY, Search.EMPTY, Map.of(), Late.NONE);
	}

	public static Instant minute(int n) {
		return T0.plus(Duration.ofMinutes(n));
	}

	public static long views(WindowMetrics metrics) {
		return metrics.events().get(EventType.GAME_PAGE_VIEWED.wireName());
	}

}
