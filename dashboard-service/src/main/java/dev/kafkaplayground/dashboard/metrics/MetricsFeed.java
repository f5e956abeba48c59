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
 * The one place window figures enter the dashboard: the most recent windows (the latest
 * version of each by {@link WindowVersions#supersedes}) and one shared feed of every
 * change to them.
 */
@Component
public class MetricsFeed extends HistoryFeed<Instant, WindowMetrics> {

	private static final FeedMeters METERS = new FeedMeters("dashboard.windows", "Windows held in memory",
			"dashboard.metrics.records", "Records read from analytics.metrics, by whether they changed the history");

	public MetricsFeed(EventIds ids, DashboardProperties properties, MeterRegistry registry) {
		super(ids, properties.maxWindows(), WindowMetrics::windowStart, WindowVersions::supersedes, METERS, registry);
	}

}
