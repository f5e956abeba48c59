package dev.kafkaplayground.dashboard.feed;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The one place a topic's records enter the dashboard: the {@link RecentHistory} of them
 * and one shared, hot feed of every change to it. The feed never waits for a subscriber;
 * a subscriber that wants every change must request without bound and do its own
 * back-pressure.
 *
 * @param <K> the key of a record, ordered oldest first
 * @param <V> the record
 */
public class HistoryFeed<K extends Comparable<? super K>, V> {

	private final RecentHistory<K, V> history;

	private final Sinks.Many<V> updates = Sinks.many().multicast().directBestEffort();

	private final Counter applied;

	private final Counter ignored;

	/**
	 * @param history where the records are kept
	 * @param meters names of the meters of this feed
	 * @param registry where to register them
	 */
	protected HistoryFeed(RecentHistory<K, V> history, FeedMeters meters, MeterRegistry registry) {
		this.history = history;
		Gauge.builder(meters.held(), this.history, RecentHistory::size)
			.description(meters.heldDescription())
			.register(registry);
		this.applied = recordsCounter(registry, meters, "applied");
		this.ignored = recordsCounter(registry, meters, "ignored");
	}

	/**
	 * Takes a record from the topic. Synchronized so that the feed emits changes in the
	 * order the history applied them.
	 */
	public synchronized void accept(V record) {
		if (!this.history.offer(record)) {
			this.ignored.increment();
			return;
		}
		this.applied.increment();
		// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: the history has it
		this.updates.tryEmitNext(record);
	}

	/** The records held, oldest first. */
	public List<V> snapshot() {
		return this.history.snapshot();
	}

	/** Every change to the history from the moment of subscription. */
	public Flux<V> updates() {
		return this.updates.asFlux();
	}

	private static Counter recordsCounter(MeterRegistry registry, FeedMeters meters, String outcome) {
		return Counter.builder(meters.records())
			.description(meters.recordsDescription())
			.tag("outcome", outcome)
			.register(registry);
	}

}
