package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.instances.InstanceChange;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.dashboard.metrics.MetricsFeed;
import dev.kafkaplayground.dashboard.metrics.WindowVersions;
import dev.kafkaplayground.dashboard.pipeline.PipelineView;
import dev.kafkaplayground.dashboard.stream.LatestPerKey.Keys;
import dev.kafkaplayground.dashboard.truth.TruthFeed;
import dev.kafkaplayground.dashboard.truth.TruthVersions;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * One browser's event stream: the pipeline, then the snapshot of recent windows, truth
 * minutes and instances, then live changes of each with latest-per-key back-pressure and
 * the pipeline after each poll of Kafka (latest wins), with heartbeats in between. Every
 * browser shares the one feed of each topic.
 * <p>
 * Streams never end on their own, so a graceful shutdown would wait for them until it
 * times out. As a lifecycle bean in the last phase this stops before the web server and
 * ends every open stream; browsers then reconnect to another instance or wait.
 */
@Component
class DashboardStream implements SmartLifecycle {

	// A handful of instances run at once (at most one per partition does work); the
	// bound only keeps a client that never reads from holding every id ever seen.
	private static final int MAX_PENDING_INSTANCES = 1_000;

	private final MetricsFeed metrics;

	private final TruthFeed truth;

	private final InstancesFeed instances;

	private final PipelineView pipeline;

	// Serialized once per poll for all clients
	private final Flux<ServerSentEvent<String>> polls;

	private final DashboardProperties properties;

	private final AtomicInteger clients = new AtomicInteger();

	private final Sinks.Empty<Void> shutdown = Sinks.empty();

	private volatile boolean running;

	DashboardStream(MetricsFeed metrics, TruthFeed truth, InstancesFeed instances, PipelineView pipeline,
			DashboardProperties properties, MeterRegistry registry) {
		this.metrics = metrics;
		this.truth = truth;
		this.instances = instances;
		this.pipeline = pipeline;
		this.polls = pipeline.polls().map(SseEvents::pipeline).share();
		this.properties = properties;
		Gauge.builder("dashboard.sse.clients", this.clients, AtomicInteger::get)
			.description("Browsers connected to /api/stream")
			.register(registry);
	}

	Flux<ServerSentEvent<String>> events() {
		int maxWindows = this.properties.maxWindows();
		Flux<ServerSentEvent<String>> windows = LatestPerKey
			.snapshotThenUpdates(this.metrics::snapshot, this.metrics.updates(),
					new Keys<>(WindowMetrics::windowStart, WindowVersions::supersedes), maxWindows)
			.map(SseEvents::metrics);
		Flux<ServerSentEvent<String>> minutes = LatestPerKey
			.snapshotThenUpdates(this.truth::snapshot, this.truth.updates(),
					new Keys<>(MinuteTruth::windowStart, TruthVersions::supersedes), maxWindows)
			.map(SseEvents::truth);
		// The instances' snapshot is taken after subscribing to their changes, so that
		// nothing falls in between; the pipeline event before it may be a moment older.
		Flux<ServerSentEvent<String>> statuses = LatestPerKey
			.snapshotThenUpdates(this.instances::snapshotAsChanges, this.instances.changes(),
					Keys.latestArrival(InstanceChange::instanceId), MAX_PENDING_INSTANCES)
			.map(SseEvents::status);
		Mono<ServerSentEvent<String>> pipeline = Mono.fromSupplier(() -> SseEvents.pipeline(this.pipeline.current()));
		// One pipeline after each poll; a client that has not taken it yet gets the
		// newest.
		Flux<ServerSentEvent<String>> polls = this.polls.onBackpressureLatest();
		// Prefetch 1: whatever the client has not asked for stays in the per-key buffers.
		Flux<ServerSentEvent<String>> data = Flux.concat(pipeline, Flux.merge(1, windows, minutes, statuses, polls));
		return Flux.merge(1, data, heartbeats())
			.takeUntilOther(this.shutdown.asMono())
			.doOnSubscribe((subscription) -> this.clients.incrementAndGet())
			.doFinally((signal) -> this.clients.decrementAndGet());
	}

	// The first heartbeat goes out at once: it commits the response, so the browser sees
	// the stream open even while there is nothing to show yet.
	private Flux<ServerSentEvent<String>> heartbeats() {
		Duration interval = this.properties.heartbeat();
		return Flux.interval(Duration.ZERO, interval)
			.onBackpressureDrop()
			.map((tick) -> SseEvents.heartbeat(Instant.now(), interval));
	}

	int clients() {
		return this.clients.get();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.shutdown.tryEmitEmpty();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
