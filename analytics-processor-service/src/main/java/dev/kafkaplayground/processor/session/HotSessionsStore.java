package dev.kafkaplayground.processor.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The sessions store's innermost layer: the task's recently used sessions in the heap, in
 * front of its RocksDB store, which holds the rest. Every event reads and rewrites its
 * session; a session acts every few seconds while the 5-minute gap keeps it (and, a grace
 * period longer, its ended state) in the store, so the active sessions are a small part
 * of the store, and they are the ones read and written.
 * <p>
 * Kafka Streams places its change-logging layer above this one, so every write still
 * reaches the changelog at once, and the changelog stays the store's source of truth
 * under exactly-once. Only RocksDB is written later: when a changed session leaves the
 * heap (least recently used first, once the entries take more than {@code maxBytes}), and
 * for all changed sessions when Kafka Streams flushes the store (before it writes a
 * checkpoint: on a rebalance and at shutdown; after a crash it discards the local state
 * and restores it from the changelog). Range reads, which the tracker does not use, see
 * everything: they flush first.
 */
final class HotSessionsStore implements KeyValueStore<Bytes, byte[]> {

	/** Heap bytes of an entry beyond its key and value arrays (map entry, holders). */
	static final int ENTRY_OVERHEAD = 128;

	private final KeyValueStore<Bytes, byte[]> cold;

	private final long maxBytes;

	/** In access order: the first entry is the least recently used. */
	private final LinkedHashMap<Bytes, Hot> hot = new LinkedHashMap<>(1024, 0.75f, true);

	private long bytes;

	HotSessionsStore(KeyValueStore<Bytes, byte[]> cold, long maxBytes) {
		this.cold = cold;
		this.maxBytes = maxBytes;
	}

	/**
	 * RocksDB stores named {@code name}, each with up to {@code maxBytes} of its recent
	 * sessions in the heap.
	 */
	static KeyValueBytesStoreSupplier supplier(String name, long maxBytes) {
		KeyValueBytesStoreSupplier rocksDb = Stores.persistentKeyValueStore(name);
		return new KeyValueBytesStoreSupplier() {

			@Override
			public String name() {
				return rocksDb.name();
			}

			@Override
			public KeyValueStore<Bytes, byte[]> get() {
				return new HotSessionsStore(rocksDb.get(), maxBytes);
			}

			@Override
			public String metricsScope() {
				return rocksDb.metricsScope();
			}

		};
	}

	/** A session in the heap; {@code changed} if RocksDB does not have this value yet. */
	private static final class Hot {

		private byte[] value;

		private boolean changed;

		Hot(byte[] value, boolean changed) {
			this.value = value;
			this.changed = changed;
		}

	}

	@Override
	public byte[] get(Bytes key) {
		Hot entry = this.hot.get(key);
		if (entry != null) {
			return entry.value;
		}
		byte[] value = this.cold.get(key);
		if (value != null) {
			remember(key, new Hot(value, false));
		}
		return value;
	}

	@Override
	public void put(Bytes key, byte[] value) {
		if (value == null) {
			delete(key);
			return;
		}
		Hot entry = this.hot.get(key);
		if (entry != null) {
			this.bytes += value.length - entry.value.length;
			entry.value = value;
			entry.changed = true;
			evictIfFull();
		}
		else {
			remember(key, new Hot(value, true));
		}
	}

	@Override
	public byte[] putIfAbsent(Bytes key, byte[] value) {
		byte[] present = get(key);
		if (present == null) {
			put(key, value);
		}
		return present;
	}

	@Override
	public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
		entries.forEach((entry) -> put(entry.key, entry.value));
	}

	@Override
	public byte[] delete(Bytes key) {
		Hot entry = this.hot.remove(key);
		if (entry != null) {
			this.bytes -= size(key, entry.value);
		}
		byte[] old = this.cold.delete(key);
		return (entry != null) ? entry.value : old;
	}

	private void remember(Bytes key, Hot entry) {
		this.hot.put(key, entry);
		this.bytes += size(key, entry.value);
		evictIfFull();
	}

	private void evictIfFull() {
		if (this.bytes <= this.maxBytes) {
			// every put comes here: no iterator unless something has to go
			return;
		}
		Iterator<Map.Entry<Bytes, Hot>> oldest = this.hot.entrySet().iterator();
		while (this.bytes > this.maxBytes && oldest.hasNext()) {
			Map.Entry<Bytes, Hot> entry = oldest.next();
			if (entry.getValue().changed) {
				this.cold.put(entry.getKey(), entry.getValue().value);
			}
			this.bytes -= size(entry.getKey(), entry.getValue().value);
			oldest.remove();
		}
	}

	private static long size(Bytes key, byte[] value) {
		return key.get().length + value.length + ENTRY_OVERHEAD;
	}

	/** Writes every changed session to RocksDB; they stay in the heap. */
	private void writeChanged() {
		List<KeyValue<Bytes, byte[]>> changed = new ArrayList<>();
		this.hot.forEach((key, entry) -> {
			if (entry.changed) {
				changed.add(KeyValue.pair(key, entry.value));
				entry.changed = false;
			}
		});
		if (!changed.isEmpty()) {
			this.cold.putAll(changed);
		}
	}

	@Override
	public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
		writeChanged();
		return this.cold.range(from, to);
	}

	@Override
	public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes from, Bytes to) {
		writeChanged();
		return this.cold.reverseRange(from, to);
	}

	@Override
	public KeyValueIterator<Bytes, byte[]> all() {
		writeChanged();
		return this.cold.all();
	}

	@Override
	public KeyValueIterator<Bytes, byte[]> reverseAll() {
		writeChanged();
		return this.cold.reverseAll();
	}

	@Override
	public <PS extends org.apache.kafka.common.serialization.Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(
			P prefix, PS prefixKeySerializer) {
		writeChanged();
		return this.cold.prefixScan(prefix, prefixKeySerializer);
	}

	@Override
	public long approximateNumEntries() {
		return this.cold.approximateNumEntries();
	}

	@Override
	public String name() {
		return this.cold.name();
	}

	@Override
	public void init(StateStoreContext context, StateStore root) {
		this.cold.init(context, root);
	}

	@Override
	public void flush() {
		writeChanged();
		this.cold.flush();
	}

	@Override
	public void close() {
		try {
			writeChanged();
		}
		finally {
			this.hot.clear();
			this.bytes = 0;
			this.cold.close();
		}
	}

	@Override
	public boolean persistent() {
		return this.cold.persistent();
	}

	@Override
	public boolean isOpen() {
		return this.cold.isOpen();
	}

	@Override
	public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
		writeChanged();
		return this.cold.query(query, positionBound, config);
	}

	@Override
	public Position getPosition() {
		return this.cold.getPosition();
	}

}
