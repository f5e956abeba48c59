package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.dashboard.instances.InstanceChange;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.dashboard.metrics.MetricsFeed;
import dev.kafkaplayground.dashboard.pipeline.PipelineView;
import dev.kafkaplayground.dashboard.stream.LatestPerKey.Keys;
import dev.kafkaplayground.dashboard.truth.TruthFeed;

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

	private static final Keys<Change> KEYS = new Keys<>(Change::key, Change::id);

	private final MetricsFeed metrics;

	private final TruthFeed truth;

	private final InstancesFeed instances;

	private final PipelineView pipeline;

	// Serialized once per poll for all clients
	private final Flux<SseFrame> polls;

	// Serialized once per change for all clients; ids stay in order, as the feeds emit
	// under one lock
	private final Flux<Change> changes;

	private final DashboardProperties properties;

	private final EventIds ids;

	private final int maxPending;

	private final AtomicInteger clients = new AtomicInteger();

	private final Sinks.Empty<Void> shutdown = Sinks.empty();

	private volatile boolean running;

	DashboardStream(MetricsFeed metrics, TruthFeed truth, InstancesFeed instances, PipelineView pipeline, EventIds ids,
			DashboardProperties properties, MeterRegistry registry) {
		this.metrics = metrics;
		this.truth = truth;
		this.instances = instances;
		this.pipeline = pipeline;
		this.polls = pipeline.polls().map(SseEvents::pipeline).share();
		this.changes = Flux
			.merge(metrics.updates().map(Change::metrics), truth.updates().map(Change::truth),
					instances.changes().map(Change::status))
			.share();
		this.ids = ids;
		this.properties = properties;
		// the windows and minutes held, and the instances
		this.maxPending = 2 * properties.maxWindows() + MAX_PENDING_INSTANCES;
		Gauge.builder("dashboard.sse.clients", this.clients, AtomicInteger::get)
			.description("Browsers connected to /api/stream")
			.register(registry);
	}

	/** A new browser's stream: everything held, then the changes. */
	Flux<SseFrame> events() {
		return events(OptionalLong.empty());
	}

	/**
	 * A browser's stream. One that reconnects with the id of the last window or minute it
	 * had gets only the windows and minutes that changed since, if this process gave out
	 * that id; any other id gets everything held.
	 */
	Flux<SseFrame> events(OptionalLong lastEventId) {
		long after = (lastEventId.isPresent() && this.ids.isKnown(lastEventId.getAsLong())) ? lastEventId.getAsLong()
				: Long.MIN_VALUE;
		// The snapshot is taken after subscribing to the changes, so that no change
		// falls between the two; the pipeline event sent first may be a moment older.
		Flux<SseFrame> snapshotThenChanges = LatestPerKey
			.snapshotThenUpdates(() -> snapshot(after), this.changes, KEYS, this.maxPending)
			.map(Change::event);
		Mono<SseFrame> pipeline = Mono.fromSupplier(() -> SseEvents.pipeline(this.pipeline.current()));
		// One pipeline after each poll: each holds the whole pipeline, so a client
		// that has not taken the last one gets only the newest.
		Flux<SseFrame> polls = this.polls.onBackpressureLatest();
		// Prefetch 1: whatever the client has not asked for stays in its buffer.
		Flux<SseFrame> data = Flux.concat(pipeline, Flux.merge(1, snapshotThenChanges, polls));
		return Flux.merge(1, data, heartbeats())
			.takeUntilOther(this.shutdown.asMono())
			.doOnSubscribe((subscription) -> this.clients.incrementAndGet())
			.doFinally((signal) -> this.clients.decrementAndGet());
	}

	/**
	 * The windows and minutes held that changed after the given id, and every instance.
	 * Instances carry the lowest ids: they go first, and any live change replaces them.
	 */
	private List<Change> snapshot(long after) {
		List<Change> snapshot = new ArrayList<>();
		long instanceId = Long.MIN_VALUE;
		for (InstanceChange instance : this.instances.snapshotAsChanges()) {
			snapshot.add(Change.status(new Stamped<>(instanceId++, instance)));
		}
		this.metrics.stampedSnapshot()
			.stream()
			.filter((window) -> window.id() > after)
			.forEach((window) -> snapshot.add(Change.metrics(window)));
		this.truth.stampedSnapshot()
			.stream()
			.filter((minute) -> minute.id() > after)
			.forEach((minute) -> snapshot.add(Change.truth(minute)));
		return snapshot;
	}

	// The first heartbeat goes out at once: it commits the response, so the browser sees
	// the stream open even while there is nothing to show yet.
	private Flux<SseFrame> heartbeats() {
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
