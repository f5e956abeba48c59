package dev.kafkaplayground.dashboard.stream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * One subscriber's buffer: a snapshot first, then live updates, and while the subscriber
 * is not ready for more, only the latest version of each key (a window, a minute, an
 * instance) is kept. A slow browser thus skips intermediate versions but never misses a
 * key or its last version, and never holds up the shared feed or other browsers. Versions
 * are ordered by their ids: the higher id is the later version, and pending records go
 * out lowest id first, so the ids a subscriber sees only grow.
 *
 * @param <V> the record
 */
final class LatestPerKey<V> {

	private final Map<Object, V> latest = new HashMap<>();

	private final NavigableMap<Long, Object> keysById = new TreeMap<>();

	private final AtomicLong demand = new AtomicLong();

	private final AtomicInteger work = new AtomicInteger();

	private final FluxSink<V> sink;

	private final Keys<V> keys;

	private final int maxPending;

	private final Scheduler.Worker worker;

	private volatile boolean done;

	private LatestPerKey(FluxSink<V> sink, Keys<V> keys, int maxPending, Scheduler.Worker worker) {
		this.worker = worker;
		this.sink = sink;
		this.keys = keys;
		this.maxPending = maxPending;
	}

	/**
	 * The snapshot, then every update, conflated per key under back-pressure.
	 * @param snapshot the records held when a subscriber arrives, taken after it has
	 * subscribed to {@code updates} so that nothing falls in between
	 * @param updates the shared live feed; subscribed to without bound
	 * @param keys the key and the id of a record
	 * @param maxPending most keys held for a subscriber that does not keep up; beyond it
	 * the lowest ids go first
	 */
	static <V> Flux<V> snapshotThenUpdates(Supplier<List<V>> snapshot, Flux<V> updates, Keys<V> keys, int maxPending) {
		return Flux.create((sink) -> {
			Scheduler.Worker worker = Schedulers.parallel().createWorker();
			LatestPerKey<V> buffer = new LatestPerKey<>(sink, keys, maxPending, worker);
			Disposable live = updates.subscribe(buffer::offer, sink::error, buffer::complete);
			sink.onDispose(Disposables.composite(live, worker));
			snapshot.get().forEach(buffer::offer);
			sink.onRequest(buffer::request);
		});
	}

	private void offer(V value) {
		Object key = this.keys.key().apply(value);
		long id = this.keys.id().applyAsLong(value);
		synchronized (this.latest) {
			V current = this.latest.get(key);
			if (current != null) {
				long currentId = this.keys.id().applyAsLong(current);
				if (currentId >= id) {
					return;
				}
				this.keysById.remove(currentId);
			}
			this.latest.put(key, value);
			this.keysById.put(id, key);
			if (this.latest.size() > this.maxPending) {
				this.latest.remove(this.keysById.pollFirstEntry().getValue());
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

	// Emits on a worker of the parallel scheduler, not on the thread that offers or
	// requests: the feed's thread (a Kafka listener) then only files a change with each
	// browser, and writing the events out is spread over the cores.
	private void drain() {
		if (this.work.getAndIncrement() != 0) {
			return;
		}
		try {
			this.worker.schedule(this::emitAll);
		}
		catch (RejectedExecutionException ex) {
			// the subscriber has gone and its worker with it
		}
	}

	// Classic work-in-progress loop: one run emits for every drain() since it began.
	private void emitAll() {
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
			V next = poll();
			if (next == null) {
				return;
			}
			this.demand.getAndUpdate((n) -> (n == Long.MAX_VALUE) ? n : n - 1);
			this.sink.next(next);
		}
	}

	private V poll() {
		synchronized (this.latest) {
			Map.Entry<Long, Object> first = this.keysById.pollFirstEntry();
			return (first != null) ? this.latest.remove(first.getValue()) : null;
		}
	}

	private boolean isEmpty() {
		synchronized (this.latest) {
			return this.latest.isEmpty();
		}
	}

	/**
	 * How records are told apart and which version of one is later.
	 *
	 * @param <V> the record
	 * @param key the key of a record: versions of one key replace each other
	 * @param id the id of a version; ids are unique, and a higher one is later
	 */
	record Keys<V>(Function<V, ?> key, ToLongFunction<V> id) {

	}

}
