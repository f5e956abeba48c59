package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import dev.kafkaplayground.dashboard.metrics.WindowVersions;
import dev.kafkaplayground.dashboard.stream.LatestPerKey.Keys;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

class LatestPerKeyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Keys<Instant, WindowMetrics> WINDOWS = new Keys<>(WindowMetrics::windowStart,
			WindowVersions::supersedes);

	private final Sinks.Many<WindowMetrics> live = Sinks.many().multicast().directBestEffort();

	@Test
	void shouldSendTheSnapshotThenLiveUpdates() {
		WindowMetrics first = closed(minute(0), 5, Duration.ofSeconds(61));
		WindowMetrics second = open(minute(1), 3, Duration.ofSeconds(5));
		WindowMetrics update = open(minute(1), 4, Duration.ofSeconds(6));

		StepVerifier.create(stream(List.of(first, second), 10))
			.expectNext(first, second)
			.then(() -> this.live.tryEmitNext(update))
			.expectNext(update)
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldKeepOnlyTheLatestVersionOfEachWindowWhileTheSubscriberIsNotReady() {
		WindowMetrics finalFigures = closed(minute(0), 9, Duration.ofSeconds(61));
		WindowMetrics latestOfNext = open(minute(1), 2, Duration.ofSeconds(2));

		StepVerifier.create(stream(List.of(), 10), 0).expectSubscription().then(() -> {
			this.live.tryEmitNext(open(minute(0), 7, Duration.ofSeconds(50)));
			this.live.tryEmitNext(open(minute(1), 1, Duration.ofSeconds(1)));
			this.live.tryEmitNext(finalFigures);
			this.live.tryEmitNext(latestOfNext);
		})
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(10)
			.expectNext(finalFigures, latestOfNext)
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldNotLetTheSnapshotOverwriteANewerLiveUpdate() {
		WindowMetrics older = open(minute(0), 1, Duration.ofSeconds(1));
		WindowMetrics newer = open(minute(0), 2, Duration.ofSeconds(2));

		// The update arrives after the subscriber joined the feed but before the snapshot
		Flux<WindowMetrics> stream = LatestPerKey.snapshotThenUpdates(() -> {
			this.live.tryEmitNext(newer);
			return List.of(older);
		}, this.live.asFlux(), WINDOWS, 10);

		StepVerifier.create(stream).expectNext(newer).expectNoEvent(Duration.ofMillis(50)).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldDropTheOldestWindowsBeyondTheBound() {
		StepVerifier.create(stream(List.of(), 2), 0).expectSubscription().then(() -> {
			for (int minute = 0; minute < 4; minute++) {
				this.live.tryEmitNext(open(minute(minute), 1, Duration.ofSeconds(1)));
			}
		})
			.thenRequest(10)
			.assertNext((window) -> assertThat(window.windowStart()).isEqualTo(minute(2)))
			.assertNext((window) -> assertThat(window.windowStart()).isEqualTo(minute(3)))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldNotHoldUpOtherSubscribers() {
		WindowMetrics update = open(minute(0), 1, Duration.ofSeconds(1));
		StepVerifier.create(stream(List.of(), 10), 0).expectSubscription().then(() -> {
			StepVerifier.create(stream(List.of(), 10))
				.then(() -> this.live.tryEmitNext(update))
				.expectNext(update)
				.thenCancel()
				.verify(TIMEOUT);
		}).thenRequest(1).expectNext(update).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldLeaveTheSharedFeedWhenCancelled() {
		StepVerifier.create(stream(List.of(), 10)).expectSubscription().thenCancel().verify(TIMEOUT);

		assertThat(this.live.currentSubscriberCount()).isZero();
	}

	private Flux<WindowMetrics> stream(List<WindowMetrics> snapshot, int maxPending) {
		return LatestPerKey.snapshotThenUpdates(() -> snapshot, this.live.asFlux(), WINDOWS, maxPending);
	}

	@Test
	void shouldSendEveryLaterArrivalOfAKeyWhenLatestArrivalWins() {
		Sinks.Many<String> names = Sinks.many().multicast().directBestEffort();
		Flux<String> stream = LatestPerKey.snapshotThenUpdates(() -> List.of("b1"), names.asFlux(),
				Keys.latestArrival((String name) -> name.substring(0, 1)), 10);

		StepVerifier.create(stream, 0).expectSubscription().then(() -> {
			names.tryEmitNext("a1");
			names.tryEmitNext("b2");
			names.tryEmitNext("a2");
		}).thenRequest(10).expectNext("a2", "b2").thenCancel().verify(TIMEOUT);
	}

}
