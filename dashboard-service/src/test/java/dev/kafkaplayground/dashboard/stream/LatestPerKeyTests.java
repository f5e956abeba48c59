package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.dashboard.stream.LatestPerKey.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions are strings whose first letter is their key, stamped with their id. */
class LatestPerKeyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Keys<Stamped<String>> BY_FIRST_LETTER = new Keys<>((version) -> version.value().charAt(0),
			Stamped::id);

	private final Sinks.Many<Stamped<String>> live = Sinks.many().multicast().directBestEffort();

	@Test
	void shouldSendTheSnapshotThenLiveUpdates() {
		StepVerifier.create(stream(List.of(version(1, "a1"), version(2, "b1")), 10))
			.expectNext(version(1, "a1"), version(2, "b1"))
			.then(() -> this.live.tryEmitNext(version(3, "b2")))
			.expectNext(version(3, "b2"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldKeepOnlyTheLatestVersionOfEachKeyWhileTheSubscriberIsNotReady() {
		StepVerifier.create(stream(List.of(), 10), 0).expectSubscription().then(() -> {
			this.live.tryEmitNext(version(1, "a1"));
			this.live.tryEmitNext(version(2, "b1"));
			this.live.tryEmitNext(version(3, "a2"));
			this.live.tryEmitNext(version(4, "b2"));
		})
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(10)
			.expectNext(version(3, "a2"), version(4, "b2"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendPendingVersionsLowestIdFirst() {
		StepVerifier.create(stream(List.of(), 10), 0).expectSubscription().then(() -> {
			this.live.tryEmitNext(version(1, "a1"));
			this.live.tryEmitNext(version(2, "b1"));
			this.live.tryEmitNext(version(3, "a2"));
		}).thenRequest(10).expectNext(version(2, "b1"), version(3, "a2")).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldNotLetTheSnapshotOverwriteANewerLiveUpdate() {
		// The update arrives after the subscriber joined the feed but before the snapshot
		Flux<Stamped<String>> stream = LatestPerKey.snapshotThenUpdates(() -> {
			this.live.tryEmitNext(version(2, "a2"));
			return List.of(version(1, "a1"));
		}, this.live.asFlux(), BY_FIRST_LETTER, 10);

		StepVerifier.create(stream)
			.expectNext(version(2, "a2"))
			.expectNoEvent(Duration.ofMillis(50))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldDropTheLowestIdsBeyondTheBound() {
		StepVerifier.create(stream(List.of(), 2), 0).expectSubscription().then(() -> {
			this.live.tryEmitNext(version(1, "a1"));
			this.live.tryEmitNext(version(2, "b1"));
			this.live.tryEmitNext(version(3, "c1"));
			this.live.tryEmitNext(version(4, "d1"));
		}).thenRequest(10).expectNext(version(3, "c1"), version(4, "d1")).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldNotHoldUpOtherSubscribers() {
		StepVerifier.create(stream(List.of(), 10), 0).expectSubscription().then(() -> {
			StepVerifier.create(stream(List.of(), 10))
				.then(() -> this.live.tryEmitNext(version(1, "a1")))
				.expectNext(version(1, "a1"))
				.thenCancel()
				.verify(TIMEOUT);
		}).thenRequest(1).expectNext(version(1, "a1")).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldLeaveTheSharedFeedWhenCancelled() {
		StepVerifier.create(stream(List.of(), 10)).expectSubscription().thenCancel().verify(TIMEOUT);

		assertThat(this.live.currentSubscriberCount()).isZero();
	}

	private Flux<Stamped<String>> stream(List<Stamped<String>> snapshot, int maxPending) {
		return LatestPerKey.snapshotThenUpdates(() -> snapshot, this.live.asFlux(), BY_FIRST_LETTER, maxPending);
	}

	private static Stamped<String> version(long id, String value) {
		return new Stamped<>(id, value);
	}

}
