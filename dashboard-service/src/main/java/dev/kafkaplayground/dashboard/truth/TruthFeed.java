package dev.kafkaplayground.dashboard.truth;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.feed.FeedMeters;
import dev.kafkaplayground.dashboard.feed.HistoryFeed;
import dev.kafkaplayground.dashboard.feed.VersionRule;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * The generator's ground truth as the dashboard holds it: the most recent minutes, as
 * many as windows ({@code max-windows}, so that every window shown can be compared with
 * its truth), and one shared feed of every change.
 */
@Component
public class TruthFeed extends HistoryFeed<Instant, MinuteTruth> {

	private static final FeedMeters METERS = new FeedMeters("dashboard.truth.minutes",
			"Minutes of ground truth held in memory", "dashboard.truth.records",
			"Records read from generator.truth, by whether they changed the history");

	public TruthFeed(EventIds ids, DashboardProperties properties, MeterRegistry registry) {
		super(ids, properties.maxWindows(), MinuteTruth::windowStart,
				VersionRule.replaceWhen(TruthVersions::supersedes), METERS, registry);
	}

}
