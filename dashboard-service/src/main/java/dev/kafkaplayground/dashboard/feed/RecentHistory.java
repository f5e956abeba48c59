package dev.kafkaplayground.dashboard.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The most recent records of a topic keyed by time (a window, a minute), one per key: the
 * latest version of each by the given rule, at most {@code maxEntries} keys, the newest
 * kept. Thread-safe.
 *
 * @param <K> the key, ordered oldest first
 * @param <V> the record
 */
public class RecentHistory<K extends Comparable<? super K>, V> {

	private final NavigableMap<K, V> entries = new TreeMap<>();

	private final int maxEntries;

	private final Function<V, K> key;

	private final BiPredicate<V, V> supersedes;

	/**
	 * @param maxEntries most keys held
	 * @param key the key of a record
	 * @param supersedes whether a candidate (first argument) replaces the version held
	 * (second argument) of the same key
	 */
	public RecentHistory(int maxEntries, Function<V, K> key, BiPredicate<V, V> supersedes) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1 but was " + maxEntries);
		}
		this.maxEntries = maxEntries;
		this.key = key;
		this.supersedes = supersedes;
	}

	/**
	 * Records a version.
	 * @return whether the history changed: {@code false} if the version held supersedes
	 * it, or its key is older than every key kept and the history is full
	 */
	public synchronized boolean offer(V value) {
		K start = this.key.apply(value);
		V current = this.entries.get(start);
		if (current != null) {
			if (!this.supersedes.test(value, current)) {
				return false;
			}
			this.entries.put(start, value);
			return true;
		}
		if (this.entries.size() >= this.maxEntries && start.compareTo(this.entries.firstKey()) < 0) {
			return false;
		}
		this.entries.put(start, value);
		if (this.entries.size() > this.maxEntries) {
			this.entries.pollFirstEntry();
		}
		return true;
	}

	/** The records held, oldest key first. */
	public synchronized List<V> snapshot() {
		return new ArrayList<>(this.entries.values());
	}

	public synchronized int size() {
		return this.entries.size();
	}

}
