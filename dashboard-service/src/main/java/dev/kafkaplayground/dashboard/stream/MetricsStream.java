package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.metrics.MetricsFeed;

/**
 * One browser's event stream: the snapshot of recent windows, then live updates with
 * latest-per-window back-pressure, with heartbeats in between.
 * <p>
 * Streams never end on their own, so a graceful shutdown would wait for them until it
 * times out. As a lifecycle bean in the last phase this stops before the web server and
 * ends every open stream; browsers then reconnect to another instance or wait.
 */
@Component
class MetricsStream implements SmartLifecycle {

	private final MetricsFeed feed;

	private final DashboardProperties properties;

	private final AtomicInteger clients = new AtomicInteger();

	private final Sinks.Empty<Void> shutdown = Sinks.empty();

	private volatile boolean running;

	MetricsStream(MetricsFeed feed, DashboardProperties properties, MeterRegistry registry) {
		this.feed = feed;
		this.properties = properties;
		Gauge.builder("dashboard.sse.clients", this.clients, AtomicInteger::get)
			.description("Browsers connected to /api/stream")
			.register(registry);
	}

	Flux<ServerSentEvent<String>> events() {
		Flux<ServerSentEvent<String>> metrics = LatestPerWindow
			.snapshotThenUpdates(this.feed::snapshot, this.feed.updates(), this.properties.maxWindows())
			.map(SseEvents::metrics);
		Duration interval = this.properties.heartbeat();
		// The first heartbeat goes out at once: it commits the response, so the browser
		// sees the stream open even while there is nothing to show yet.
		Flux<ServerSentEvent<String>> heartbeats = Flux.interval(Duration.ZERO, interval)
			.onBackpressureDrop()
			.map((tick) -> SseEvents.heartbeat(Instant.now(), interval));
		// Prefetch 1: whatever the client has not asked for stays in the per-window
		// buffer.
		return Flux.merge(1, metrics, heartbeats)
			.takeUntilOther(this.shutdown.asMono())
			.doOnSubscribe((subscription) -> this.clients.incrementAndGet())
			.doFinally((signal) -> this.clients.decrementAndGet());
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
