package dev.kafkaplayground.dashboard.feed;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The one place a topic's records enter the dashboard: the {@link RecentHistory} of them
 * and one shared, hot feed of every change to it, each {@link Stamped stamped} with its
 * {@link EventIds id}. The feed never waits for a subscriber; a subscriber that wants
 * every change must request without bound and do its own back-pressure.
 *
 * @param <K> the key of a record, ordered oldest first
 * @param <V> the record
 */
public class HistoryFeed<K extends Comparable<? super K>, V> {

	private final EventIds ids;

	private final RecentHistory<K, Stamped<V>> history;

	private final Sinks.Many<Stamped<V>> updates = Sinks.many().multicast().directBestEffort();

	private final Counter applied;

	private final Counter ignored;

	/**
	 * @param ids the ids of every change the dashboard takes in
	 * @param maxEntries most keys held
	 * @param key the key of a record
	 * @param supersedes whether a record (first argument) replaces the version held
	 * (second argument) of the same key
	 * @param meters names of the meters of this feed
	 * @param registry where to register them
	 */
	protected HistoryFeed(EventIds ids, int maxEntries, Function<V, K> key, BiPredicate<V, V> supersedes,
			FeedMeters meters, MeterRegistry registry) {
		this.ids = ids;
		this.history = new RecentHistory<>(maxEntries, (stamped) -> key.apply(stamped.value()),
				(candidate, current) -> supersedes.test(candidate.value(), current.value()));
		Gauge.builder(meters.held(), this.history, RecentHistory::size)
			.description(meters.heldDescription())
			.register(registry);
		this.applied = recordsCounter(registry, meters, "applied");
		this.ignored = recordsCounter(registry, meters, "ignored");
	}

	/**
	 * Takes a record from the topic. Under the lock of {@link EventIds}, so that the feed
	 * emits changes in the order of their ids, which is the order the history applied
	 * them.
	 */
	public void accept(V record) {
		this.ids.publish((nextId) -> {
			Stamped<V> change = new Stamped<>(nextId.getAsLong(), record);
			if (!this.history.offer(change)) {
				this.ignored.increment();
				return;
			}
			this.applied.increment();
			// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: the history has it
			this.updates.tryEmitNext(change);
		});
	}

	/** The records held, oldest first. */
	public List<V> snapshot() {
		return this.history.snapshot().stream().map(Stamped::value).toList();
	}

	/** The records held with their ids, oldest key first. */
	public List<Stamped<V>> stampedSnapshot() {
		return this.history.snapshot();
	}

	/** Every change to the history from the moment of subscription. */
	public Flux<Stamped<V>> updates() {
		return this.updates.asFlux();
	}

	private static Counter recordsCounter(MeterRegistry registry, FeedMeters meters, String outcome) {
		return Counter.builder(meters.records())
			.description(meters.recordsDescription())
			.tag("outcome", outcome)
			.register(registry);
	}

}
