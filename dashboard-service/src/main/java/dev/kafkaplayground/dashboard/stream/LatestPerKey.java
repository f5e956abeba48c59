package dev.kafkaplayground.dashboard.stream;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;

/**
 * One subscriber's buffer: a snapshot first, then live updates, and while the subscriber
 * is not ready for more, only the latest version of each key (a window, a minute, an
 * instance) is kept. A slow browser thus skips intermediate versions but never misses a
 * key or its last version, and never holds up the shared feed or other browsers. Pending
 * records go out in key order.
 *
 * @param <K> the key of a record
 * @param <V> the record
 */
final class LatestPerKey<K extends Comparable<? super K>, V> {

	private final NavigableMap<K, V> pending = new TreeMap<>();

	private final AtomicLong demand = new AtomicLong();

	private final AtomicInteger work = new AtomicInteger();

	private final FluxSink<V> sink;

	private final Keys<K, V> keys;

	private final int maxPending;

	private volatile boolean done;

	private LatestPerKey(FluxSink<V> sink, Keys<K, V> keys, int maxPending) {
		this.sink = sink;
		this.keys = keys;
		this.maxPending = maxPending;
	}

	/**
	 * The snapshot, then every update, conflated per key under back-pressure.
	 * @param snapshot the records held when a subscriber arrives, taken after it has
	 * subscribed to {@code updates} so that nothing falls in between
	 * @param updates the shared live feed; subscribed to without bound
	 * @param keys the key of a record and which version of a key to keep
	 * @param maxPending most keys held for a subscriber that does not keep up; the first
	 * in key order go first
	 */
	static <K extends Comparable<? super K>, V> Flux<V> snapshotThenUpdates(Supplier<List<V>> snapshot, Flux<V> updates,
			Keys<K, V> keys, int maxPending) {
		return Flux.create((sink) -> {
			LatestPerKey<K, V> buffer = new LatestPerKey<>(sink, keys, maxPending);
			Disposable live = updates.subscribe(buffer::offer, sink::error, buffer::complete);
			sink.onDispose(live);
			snapshot.get().forEach(buffer::offer);
			sink.onRequest(buffer::request);
		});
	}

	private void offer(V value) {
		synchronized (this.pending) {
			this.pending.merge(this.keys.key().apply(value), value,
					(current, candidate) -> this.keys.supersedes().test(candidate, current) ? candidate : current);
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
			V next = poll();
			if (next == null) {
				return;
			}
			this.demand.getAndUpdate((n) -> (n == Long.MAX_VALUE) ? n : n - 1);
			this.sink.next(next);
		}
	}

	private V poll() {
		synchronized (this.pending) {
			Map.Entry<K, V> oldest = this.pending.pollFirstEntry();
			return (oldest != null) ? oldest.getValue() : null;
		}
	}

	private boolean isEmpty() {
		synchronized (this.pending) {
			return this.pending.isEmpty();
		}
	}

	/**
	 * How records are told apart and which version of one to keep.
	 *
	 * @param <K> the key of a record
	 * @param <V> the record
	 * @param key the key of a record
	 * @param supersedes whether a candidate (first argument) replaces the pending version
	 * (second argument)
	 */
	record Keys<K, V>(Function<V, K> key, BiPredicate<V, V> supersedes) {

		/** Every later arrival replaces the pending version. */
		static <K, V> Keys<K, V> latestArrival(Function<V, K> key) {
			return new Keys<>(key, (candidate, current) -> true);
		}

	}

}
