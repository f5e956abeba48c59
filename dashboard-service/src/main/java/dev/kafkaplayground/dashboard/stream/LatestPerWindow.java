package dev.kafkaplayground.dashboard.stream;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;

import dev.kafkaplayground.dashboard.metrics.WindowVersions;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * One subscriber's buffer: a snapshot first, then live updates, and while the subscriber
 * is not ready for more, only the latest version of each window is kept. A slow browser
 * thus skips intermediate counts but never misses a window or its final figures, and
 * never holds up the shared feed or other browsers. Pending windows go out oldest first.
 */
final class LatestPerWindow {

	private final NavigableMap<Instant, WindowMetrics> pending = new TreeMap<>();

	private final AtomicLong demand = new AtomicLong();

	private final AtomicInteger work = new AtomicInteger();

	private final FluxSink<WindowMetrics> sink;

	private final int maxPending;

	private volatile boolean done;

	private LatestPerWindow(FluxSink<WindowMetrics> sink, int maxPending) {
		this.sink = sink;
		this.maxPending = maxPending;
	}

	/**
	 * The snapshot, then every update, conflated per window under back-pressure.
	 * @param snapshot the windows held when a subscriber arrives, taken after it has
	 * subscribed to {@code updates} so that nothing falls in between
	 * @param updates the shared live feed; subscribed to without bound
	 * @param maxPending most windows held for a subscriber that does not keep up; the
	 * oldest go first
	 */
	static Flux<WindowMetrics> snapshotThenUpdates(Supplier<List<WindowMetrics>> snapshot, Flux<WindowMetrics> updates,
			int maxPending) {
		return Flux.create((sink) -> {
			LatestPerWindow buffer = new LatestPerWindow(sink, maxPending);
			Disposable live = updates.subscribe(buffer::offer, sink::error, buffer::complete);
			sink.onDispose(live);
			snapshot.get().forEach(buffer::offer);
			sink.onRequest(buffer::request);
		});
	}

	private void offer(WindowMetrics metrics) {
		synchronized (this.pending) {
			this.pending.merge(metrics.windowStart(), metrics,
					(current, candidate) -> WindowVersions.supersedes(candidate, current) ? candidate : current);
			if (this.pending.size() > this.maxPending) {
				this.pending.pollFirstEntry();
			}
		}
		drain();
	}

	private void request(long n) {
		this.demand.accumulateAndGet(n, Operators::addCap);
		drain();
	}

	private void complete() {
		this.done = true;
		drain();
	}

	// Classic work-in-progress loop: whichever thread gets here first emits for all.
	private void drain() {
		if (this.work.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			emitWhileRequested();
			if (this.done && isEmpty()) {
				this.sink.complete();
			}
			missed = this.work.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private void emitWhileRequested() {
		while (this.demand.get() > 0 && !this.sink.isCancelled()) {
			WindowMetrics next = poll();
			if (next == null) {
				return;
			}
			this.demand.getAndUpdate((n) -> (n == Long.MAX_VALUE) ? n : n - 1);
			this.sink.next(next);
		}
	}

	private WindowMetrics poll() {
		synchronized (this.pending) {
			Map.Entry<Instant, WindowMetrics> oldest = this.pending.pollFirstEntry();
			return (oldest != null) ? oldest.getValue() : null;
		}
	}

	private boolean isEmpty() {
		synchronized (this.pending) {
			return this.pending.isEmpty();
		}
	}

}
