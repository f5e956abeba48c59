package dev.kafkaplayground.dashboard.metrics;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.feed.FeedMeters;
import dev.kafkaplayground.dashboard.feed.HistoryFeed;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * The one place window figures enter the dashboard: the most recent windows (the version
 * of each that {@link WindowVersions#held} chooses) and one shared feed of every change
 * to them.
 */
@Component
public class MetricsFeed extends HistoryFeed<Instant, HeldWindow> {

	private static final FeedMeters METERS = new FeedMeters("dashboard.windows", "Windows held in memory",
			"dashboard.metrics.records", "Records read from analytics.metrics, by whether they changed the history");

	public MetricsFeed(EventIds ids, DashboardProperties properties, MeterRegistry registry) {
		super(ids, properties.maxWindows(), (window) -> window.metrics().windowStart(), WindowVersions::held, METERS,
				registry);
	}

	/** Takes a record read from {@code analytics.metrics}. */
	public void accept(WindowMetrics record) {
		accept(HeldWindow.read(record));
	}

}
