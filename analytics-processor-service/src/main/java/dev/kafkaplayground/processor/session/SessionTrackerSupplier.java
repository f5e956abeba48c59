package dev.kafkaplayground.processor.session;

import java.time.Duration;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * Creates a {@link SessionTracker} per input task and declares its store; the stage of
 * the pipeline between the contract check and the window aggregation.
 */
public final class SessionTrackerSupplier implements ProcessorSupplier<String, StoreEvent, String, Tally> {

	private final Duration sessionGap;

	private final Duration grace;

	private final long hotSessionBytes;

	/**
	 * @param hotSessionBytes heap each input task may use for its recently active
	 * sessions in front of RocksDB ({@link HotSessionsStore}); zero reads and writes
	 * RocksDB directly
	 */
	public SessionTrackerSupplier(Duration sessionGap, Duration grace, long hotSessionBytes) {
		this.sessionGap = sessionGap;
		this.grace = grace;
		this.hotSessionBytes = hotSessionBytes;
	}

	@Override
	public Processor<String, StoreEvent, String, Tally> get() {
		return new SessionTracker(this.sessionGap, this.grace);
	}

	@Override
	public Set<StoreBuilder<?>> stores() {
		return Set.of(storeBuilder(this.hotSessionBytes), expiryStoreBuilder());
	}

	/**
	 * Persistent (RocksDB), so it may hold many more sessions than the heap could, with
	 * the recently active ones in the heap in front of it ({@link HotSessionsStore}), and
	 * not cached by Kafka Streams. Its record cache is one per stream thread, shared by
	 * every cached store, and a put into a full cache evicts from the store being
	 * written: once active sessions filled it, every put into the small, always-dirty
	 * pre-aggregation store flushed that store to its changelog, per event. Under
	 * exactly-once that cache also writes every changed entry out at each commit, so it
	 * would not save changelog records either: sessions interleave, and one is rarely
	 * written twice within a commit interval. So every event writes its session to the
	 * changelog, RocksDB only hears of sessions that leave the heap, and the record cache
	 * is left to the pre-aggregation.
	 */
	static StoreBuilder<KeyValueStore<String, SessionState>> storeBuilder(long hotSessionBytes) {
		KeyValueBytesStoreSupplier store = (hotSessionBytes > 0)
				? HotSessionsStore.supplier(SessionTracker.STORE, hotSessionBytes)
				: Stores.persistentKeyValueStore(SessionTracker.STORE);
		return Stores.keyValueStoreBuilder(store, Serdes.String(), new SessionStateSerde()).withCachingDisabled();
	}

	/**
	 * Persistent (RocksDB), like the sessions: it holds one or two entries per session,
	 * and at high event rates the sessions of the gap and grace period behind stream time
	 * are too many for the heap, where garbage collection would take the stream thread's
	 * time (docs/performance.md has the figures). It is read with a range at most once
	 * per check step of stream time ({@link SessionExpiries}) and written about twice per
	 * session, not per event, so RocksDB costs little here. Not cached, like the
	 * sessions: the record cache is left to the pre-aggregation.
	 */
	static StoreBuilder<KeyValueStore<Bytes, byte[]>> expiryStoreBuilder() {
		return Stores
			.keyValueStoreBuilder(Stores.persistentKeyValueStore(SessionTracker.EXPIRY_STORE), Serdes.Bytes(),
					Serdes.ByteArray())
			.withCachingDisabled();
	}

}
