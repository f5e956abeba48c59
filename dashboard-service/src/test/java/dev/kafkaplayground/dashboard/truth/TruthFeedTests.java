package dev.kafkaplayground.dashboard.truth;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.events.truth.MinuteTruth;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.truth.MinuteTruthFixtures.truth;
import static dev.kafkaplayground.dashboard.truth.MinuteTruthFixtures.views;
import static org.assertj.core.api.Assertions.assertThat;

class TruthFeedTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final TruthFeed feed = new TruthFeed(
			new EventIds(), new DashboardProperties(Duration.ofMinutes(60), 2, Duration.ofSeconds(15),
					Duration.ofSeconds(10), Duration.ofSeconds(2), "analytics-processor", "http://localhost:8081"),
			this.registry);

	@Test
	void shouldKeepTheLatestUpdateOfAMinute() {
		this.feed.accept(truth(minute(0), false, 3));
		this.feed.accept(truth(minute(0), false, 5));

		assertThat(this.feed.snapshot()).singleElement().satisfies((truth) -> assertThat(views(truth)).isEqualTo(5));
	}

	@Test
	void shouldNeverReplaceAFinalMinuteWithAnUpdate() {
		this.feed.accept(truth(minute(0), false, 3));
		this.feed.accept(truth(minute(0), true, 6));
		this.feed.accept(truth(minute(0), false, 4));

		assertThat(this.feed.snapshot()).singleElement().satisfies((truth) -> {
			assertThat(truth.isFinal()).isTrue();
			assertThat(views(truth)).isEqualTo(6);
		});
		assertThat(this.registry.get("dashboard.truth.records").tag("outcome", "ignored").counter().count())
			.isEqualTo(1);
	}

	@Test
	void shouldKeepOnlyTheMostRecentMinutesOldestFirst() {
		this.feed.accept(truth(minute(2), false, 1));
		this.feed.accept(truth(minute(0), true, 1));
		this.feed.accept(truth(minute(1), true, 1));

		assertThat(this.feed.snapshot()).extracting(MinuteTruth::windowStart).containsExactly(minute(1), minute(2));
		assertThat(this.registry.get("dashboard.truth.minutes").gauge().value()).isEqualTo(2);
	}

	@Test
	void shouldGiveEveryChangeAHigherId() {
		this.feed.accept(truth(minute(0), false, 3));
		this.feed.accept(truth(minute(1), false, 1));
		this.feed.accept(truth(minute(0), true, 4));

		assertThat(this.feed.stampedSnapshot()).extracting(Stamped::id)
			.satisfies((ids) -> assertThat(ids.get(0)).isGreaterThan(ids.get(1)));
	}

	@Test
	void shouldFeedEveryChangeButNotIgnoredRecords() {
		MinuteTruth last = truth(minute(0), true, 2);
		StepVerifier.create(this.feed.updates().map(Stamped::value)).then(() -> {
			this.feed.accept(last);
			this.feed.accept(truth(minute(0), false, 9));
		}).expectNext(last).expectNoEvent(Duration.ofMillis(50)).thenCancel().verify(Duration.ofSeconds(5));
	}

}
