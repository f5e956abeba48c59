package dev.kafkaplayground.dashboard.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
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

	private final VersionRule<V> rule;

	/**
	 * @param maxEntries most keys held
	 * @param key the key of a record
	 * @param rule which version of a key to hold when another one arrives
	 */
	public RecentHistory(int maxEntries, Function<V, K> key, VersionRule<V> rule) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1 but was " + maxEntries);
		}
		this.maxEntries = maxEntries;
		this.key = key;
		this.rule = rule;
	}

	/**
	 * Records a version.
	 * @return the version now held of its key if the history changed; empty if the rule
	 * kept the version held, or its key is older than every key kept and the history is
	 * full
	 */
	public synchronized Optional<V> offer(V value) {
		K start = this.key.apply(value);
		V current = this.entries.get(start);
		if (current != null) {
			V held = this.rule.held(current, value);
			if (held == current) {
				return Optional.empty();
			}
			this.entries.put(start, held);
			return Optional.of(held);
		}
		if (this.entries.size() >= this.maxEntries && start.compareTo(this.entries.firstKey()) < 0) {
			return Optional.empty();
		}
		this.entries.put(start, value);
		if (this.entries.size() > this.maxEntries) {
			this.entries.pollFirstEntry();
		}
		return Optional.of(value);
	}

	/** The records held, oldest key first. */
	public synchronized List<V> snapshot() {
		return new ArrayList<>(this.entries.values());
	}

	public synchronized int size() {
		return this.entries.size();
	}

}
