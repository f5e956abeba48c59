package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.dashboard.metrics.HeldWindow;
import dev.kafkaplayground.dashboard.metrics.MetricsFeed;
import dev.kafkaplayground.dashboard.pipeline.PipelineFixtures;
import dev.kafkaplayground.dashboard.pipeline.PipelineView;
import dev.kafkaplayground.dashboard.truth.TruthFeed;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.truth.MinuteTruth;

import static dev.kafkaplayground.dashboard.instances.ProcessorStatusFixtures.running;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.closed;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static dev.kafkaplayground.dashboard.truth.MinuteTruthFixtures.truth;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardStreamTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final DashboardProperties properties = new DashboardProperties(Duration.ofMinutes(60), 60,
			Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2), "analytics-processor",
			"http://localhost:8081");

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final EventIds ids = new EventIds();

	private final MetricsFeed feed = new MetricsFeed(this.ids, this.properties, this.registry);

	private final TruthFeed truth = new TruthFeed(this.ids, this.properties, this.registry);

	private final InstancesFeed instances = new InstancesFeed(this.ids, this.properties, this.registry);

	private final PipelineView pipeline = new PipelineView(this.instances);

	private final DashboardStream stream = new DashboardStream(this.feed, this.truth, this.instances, this.pipeline,
			this.ids, this.properties, this.registry);

	@Test
	void shouldSendWindowsAsMetricsEventsWithTheContractJsonAndWhetherRebuilt() {
		WindowMetrics window = open(minute(0), 5, Duration.ofSeconds(10));
		this.feed.accept(window);

		StepVerifier.create(this.stream.events().filter((event) -> SseEvents.METRICS.equals(event.event())))
			.assertNext((event) -> {
				assertThat(event.id()).isEqualTo(Long.toString(this.feed.stampedSnapshot().get(0).id()));
				assertThat(event.data()).isEqualTo(json(window))
					.contains("\"final\":false")
					.endsWith(",\"rebuilt\":false}");
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldStartWithThePipelineThenTheSnapshotOfTruthAndInstances() {
		ProcessorStatus instance = running("processor-1", 42, Instant.now());
		this.instances.accept("processor-1", instance);
		MinuteTruth minute = truth(minute(0), true, 7);
		this.truth.accept(minute);

		StepVerifier.create(data().take(3).collectList()).assertNext((events) -> {
			assertThat(events.get(0).event()).isEqualTo(SseEvents.PIPELINE);
			assertThat(events.get(0).data())
				.isEqualTo("{\"instances\":[" + EventJson.mapper().writeValueAsString(instance)
						+ "],\"polledAt\":null,\"topics\":[],\"group\":null,\"rebalances\":[],\"deadLettered\":0,"
						+ "\"lateDropped\":0,\"pollError\":null}");
			assertThat(events.subList(1, 3)).extracting(SseFrame::event)
				.containsExactlyInAnyOrder(SseEvents.TRUTH, SseEvents.STATUS);
			assertThat(events).filteredOn((event) -> SseEvents.TRUTH.equals(event.event()))
				.singleElement()
				.satisfies((event) -> {
					assertThat(event.data()).isEqualTo(EventJson.mapper().writeValueAsString(minute));
					assertThat(event.id()).isEqualTo(Long.toString(this.truth.stampedSnapshot().get(0).id()));
				});
			assertThat(events).filteredOn((event) -> SseEvents.STATUS.equals(event.event()))
				.singleElement()
				.satisfies((event) -> {
					assertThat(event.data()).isEqualTo("{\"instanceId\":\"processor-1\",\"status\":"
							+ EventJson.mapper().writeValueAsString(instance) + ",\"removed\":null}");
					assertThat(event.id()).isNull();
				});
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void shouldSendTruthAndStatusChangesAsTheyArrive() {
		MinuteTruth update = truth(minute(1), false, 3);
		ProcessorStatus instance = running("processor-2", 1, Instant.now());

		StepVerifier.create(data())
			.assertNext((event) -> assertThat(event.event()).isEqualTo(SseEvents.PIPELINE))
			.then(() -> this.truth.accept(update))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo(SseEvents.TRUTH);
				assertThat(event.data()).contains("\"final\":false").contains("\"game_page_viewed\":3");
			})
			.then(() -> this.instances.accept("processor-2", instance))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo(SseEvents.STATUS);
				assertThat(event.data()).startsWith("{\"instanceId\":\"processor-2\",\"status\":{");
			})
			.then(() -> this.instances.accept("processor-2", null))
			.assertNext((event) -> assertThat(event.data())
				.isEqualTo("{\"instanceId\":\"processor-2\",\"status\":null,\"removed\":\"STOPPED\"}"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendThePipelineAfterEachPoll() {
		StepVerifier.create(data().filter((event) -> SseEvents.PIPELINE.equals(event.event())))
			.assertNext((first) -> assertThat(first.data()).contains("\"polledAt\":null"))
			.then(() -> PipelineFixtures.publishPoll(this.pipeline, minute(2), 7))
			.assertNext((poll) -> assertThat(poll.data()).contains("\"polledAt\":\"2026-11-24T15:02:00.000Z\"")
				.contains("\"deadLettered\":7"))
			.then(() -> PipelineFixtures.publishPoll(this.pipeline, minute(3), 8))
			.assertNext((poll) -> assertThat(poll.data()).contains("\"deadLettered\":8"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldGiveASlowClientTheNewestPipelineAndSkipOthers() {
		List<String> skippedTo = new ArrayList<>();
		StepVerifier.create(data().filter((event) -> SseEvents.PIPELINE.equals(event.event())), 1)
			.assertNext((first) -> assertThat(first.data()).contains("\"polledAt\":null"))
			.then(() -> {
				for (int poll = 1; poll <= 10; poll++) {
					PipelineFixtures.publishPoll(this.pipeline, minute(poll), poll);
				}
			})
			.thenRequest(Long.MAX_VALUE)
			.thenConsumeWhile((event) -> !event.data().contains("\"deadLettered\":10,"),
					(event) -> skippedTo.add(event.data()))
			.assertNext((newest) -> assertThat(newest.data()).contains("\"deadLettered\":10,"))
			.thenCancel()
			.verify(TIMEOUT);
		// at most what the operators between the feed and the client had taken already
		assertThat(skippedTo).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void shouldTellWhenAnInstanceGoesSilent() {
		this.instances.accept("processor-3", running("processor-3", 1, Instant.now()));

		StepVerifier.create(data().filter((event) -> SseEvents.STATUS.equals(event.event())))
			.assertNext((event) -> assertThat(event.data()).contains("\"removed\":null"))
			.then(() -> this.instances.expire(Instant.now().plusSeconds(11)))
			.assertNext((event) -> assertThat(event.data())
				.isEqualTo("{\"instanceId\":\"processor-3\",\"status\":null,\"removed\":\"STALE\"}"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendAHeartbeatAtOnce() {
		StepVerifier.create(this.stream.events().filter((event) -> SseEvents.HEARTBEAT.equals(event.event())))
			.assertNext((event) -> {
				assertThat(event.id()).isNull();
				assertThat(event.data()).contains("\"intervalMillis\":15000").contains("\"serverTime\":\"");
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldCountConnectedClients() {
		StepVerifier.create(this.stream.events())
			.expectNextMatches((event) -> clients() == 1)
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(clients()).isZero();
	}

	@Test
	void shouldEndOpenStreamsWhenStopped() {
		this.stream.start();
		StepVerifier.create(this.stream.events())
			.expectNextMatches((event) -> event.event() != null)
			.then(this.stream::stop)
			.thenConsumeWhile((event) -> true)
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.stream.isRunning()).isFalse();
	}

	@Test
	void shouldSendIdsThatOnlyGrow() {
		this.feed.accept(open(minute(1), 1, Duration.ofSeconds(1)));
		this.truth.accept(truth(minute(0), false, 1));
		this.feed.accept(open(minute(0), 1, Duration.ofSeconds(1)));

		StepVerifier.create(resumable(this.stream.events()).take(5).map((event) -> Long.parseLong(event.id())))
			.then(() -> {
				// Keys of their own, since a newer version of a key that is not
				// yet sent would replace the older one.
				this.truth.accept(truth(minute(1), true, 2));
				this.feed.accept(open(minute(2), 2, Duration.ofSeconds(2)));
			})
			.recordWith(ArrayList::new)
			.expectNextCount(5)
			.consumeRecordedWith((ids) -> assertThat(new ArrayList<>(ids)).isSorted().doesNotHaveDuplicates())
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void shouldResumeAfterTheLastEventIdWithWhatChangedSince() {
		this.feed.accept(closed(minute(0), 4, Duration.ofSeconds(61)));
		this.feed.accept(open(minute(1), 1, Duration.ofSeconds(1)));
		long lastSeen = this.feed.stampedSnapshot().get(1).id();
		WindowMetrics changed = open(minute(1), 2, Duration.ofSeconds(2));
		MinuteTruth minute = truth(minute(1), false, 2);
		this.feed.accept(changed);
		this.truth.accept(minute);

		StepVerifier.create(resumable(this.stream.events(OptionalLong.of(lastSeen))).take(2))
			.assertNext((event) -> assertThat(event.data()).isEqualTo(json(changed)))
			.assertNext((event) -> assertThat(event.data()).isEqualTo(EventJson.mapper().writeValueAsString(minute)))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendEverythingHeldToAnIdItDidNotGiveOut() {
		this.feed.accept(closed(minute(0), 4, Duration.ofSeconds(61)));
		long fromAnEarlierProcess = this.feed.stampedSnapshot().get(0).id() - 1;

		StepVerifier.create(resumable(this.stream.events(OptionalLong.of(fromAnEarlierProcess))).take(1))
			.assertNext((event) -> assertThat(event.data()).contains("\"final\":true"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendEveryInstanceAndThePipelineOnResume() {
		this.instances.accept("processor-1", running("processor-1", 42, Instant.now()));
		this.feed.accept(open(minute(0), 1, Duration.ofSeconds(1)));
		long lastSeen = this.feed.stampedSnapshot().get(0).id();

		StepVerifier.create(data(this.stream.events(OptionalLong.of(lastSeen))).take(2))
			.assertNext((event) -> assertThat(event.event()).isEqualTo(SseEvents.PIPELINE))
			.assertNext((event) -> assertThat(event.event()).isEqualTo(SseEvents.STATUS))
			.thenCancel()
			.verify(TIMEOUT);
	}

	/** The events of a stream that carry an id: windows and minutes. */
	private static Flux<SseFrame> resumable(Flux<SseFrame> events) {
		return events
			.filter((event) -> SseEvents.METRICS.equals(event.event()) || SseEvents.TRUTH.equals(event.event()));
	}

	private static Flux<SseFrame> data(Flux<SseFrame> events) {
		return events.filter((event) -> !SseEvents.HEARTBEAT.equals(event.event()));
	}

	/** The stream without heartbeats. */
	private Flux<SseFrame> data() {
		return this.stream.events().filter((event) -> !SseEvents.HEARTBEAT.equals(event.event()));
	}

	private double clients() {
		return this.registry.get("dashboard.sse.clients").gauge().value();
	}

	// as a window is sent: the record's fields, then whether it was rebuilt
	private static String json(WindowMetrics window) {
		return EventJson.mapper().writeValueAsString(HeldWindow.read(window));
	}

}
