package dev.kafkaplayground.dashboard.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.EventIds;
import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * The one place processor status records enter the dashboard: the {@link InstanceTable}
 * and one shared, hot feed of every change to it, removals of silent instances included.
 * While running, it looks for silent instances every second.
 */
@Component
public class InstancesFeed implements SmartLifecycle {

	// The timeout is at least a second: checking more often would not remove an
	// instance noticeably sooner.
	private static final Duration EXPIRY_CHECK = Duration.ofSeconds(1);

	private final InstanceTable table;

	private final EventIds ids;

	private final Sinks.Many<Stamped<InstanceChange>> changes = Sinks.many().multicast().directBestEffort();

	private volatile Disposable expiry;

	public InstancesFeed(EventIds ids, DashboardProperties properties, MeterRegistry registry) {
		this.ids = ids;
		this.table = new InstanceTable(properties.instanceTimeout());
		Gauge.builder("dashboard.processor.instances", this, (feed) -> feed.snapshot().size())
			.description("Processor instances listed in /api/pipeline")
			.register(registry);
	}

	/**
	 * Takes a record of {@code analytics.processor-status}. Under the lock of
	 * {@link EventIds}, so that the feed emits changes in the order the table applied
	 * them, which is the order of their ids.
	 * @param status null for a tombstone
	 */
	public void accept(String instanceId, ProcessorStatus status) {
		this.ids.publish((nextId) -> this.table.offer(instanceId, status, Instant.now())
			.ifPresent((change) -> emit(nextId.getAsLong(), change)));
	}

	/** Removes the instances that have gone silent and tells the feed. */
	public void expire(Instant now) {
		this.ids.publish((nextId) -> this.table.expire(now).forEach((change) -> emit(nextId.getAsLong(), change)));
	}

	/** The latest status of every instance that is there, by instance id. */
	public List<ProcessorStatus> snapshot() {
		return this.table.current(Instant.now());
	}

	/** The same as {@link #snapshot()}, as changes. */
	public List<InstanceChange> snapshotAsChanges() {
		return snapshot().stream().map((status) -> InstanceChange.reported(status.instanceId(), status)).toList();
	}

	/** Every change from the moment of subscription, with its id. */
	public Flux<Stamped<InstanceChange>> changes() {
		return this.changes.asFlux();
	}

	private void emit(long id, InstanceChange change) {
		// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: the table has it
		this.changes.tryEmitNext(new Stamped<>(id, change));
	}

	@Override
	public void start() {
		this.expiry = Flux.interval(EXPIRY_CHECK, EXPIRY_CHECK)
			.onBackpressureDrop()
			.subscribe((tick) -> expire(Instant.now()));
	}

	@Override
	public void stop() {
		Disposable running = this.expiry;
		if (running != null) {
			running.dispose();
		}
		this.expiry = null;
	}

	@Override
	public boolean isRunning() {
		return this.expiry != null;
	}

}
