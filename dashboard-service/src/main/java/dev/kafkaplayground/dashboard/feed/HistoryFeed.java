package dev.kafkaplayground.dashboard.feed;

import java.util.List;
import java.util.Optional;
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
	 * @param rule which version of a key to hold when a record of it arrives
	 * @param meters names of the meters of this feed
	 * @param registry where to register them
	 */
	protected HistoryFeed(EventIds ids, int maxEntries, Function<V, K> key, VersionRule<V> rule, FeedMeters meters,
			MeterRegistry registry) {
		this.ids = ids;
		this.history = new RecentHistory<>(maxEntries, (stamped) -> key.apply(stamped.value()),
				(current, candidate) -> stampedHeld(rule, current, candidate));
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
			Optional<Stamped<V>> change = this.history.offer(new Stamped<>(nextId.getAsLong(), record));
			if (change.isEmpty()) {
				this.ignored.increment();
				return;
			}
			this.applied.increment();
			// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: the history has it
			this.updates.tryEmitNext(change.get());
		});
	}

	// What the rule holds, with the candidate's id: a change, even one made of both
	// versions, is the latest.
	private static <V> Stamped<V> stampedHeld(VersionRule<V> rule, Stamped<V> current, Stamped<V> candidate) {
		V held = rule.held(current.value(), candidate.value());
		return (held == current.value()) ? current : new Stamped<>(candidate.id(), held);
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
