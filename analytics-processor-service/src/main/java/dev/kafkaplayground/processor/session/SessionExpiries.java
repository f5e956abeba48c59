package dev.kafkaplayground.processor.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * When to look at a session next, in the {@link SessionTracker#EXPIRY_STORE} store: keys
 * are the instant (8 bytes, big-endian, so byte order is time order) followed by the
 * session id, so the sessions due by a given stream time are the first entries of the
 * store, read with a range that covers only them. An entry is only a reminder: the
 * tracker checks the session's state when it comes due and schedules it again if the
 * session went on meanwhile, so an active session costs no index write per event.
 */
final class SessionExpiries {

	private static final byte[] NOTHING = new byte[0];

	/** Stream time between two looks at the index when nothing was known to be due. */
	private static final long CHECK_STEP_MS = 100;

	private final KeyValueStore<Bytes, byte[]> index;

	/**
	 * Stream time at which to look at the index next. No entry is due before it, except
	 * after {@link #takeDue}: an entry then comes due at most {@value #CHECK_STEP_MS} ms
	 * of stream time before it is looked at.
	 */
	private long next;

	/**
	 * No entry is due before this instant: {@link #takeDue} took every entry up to its
	 * stream time, and {@link #schedule} lowers it. Ranges start here rather than at the
	 * first possible key: the index is RocksDB, which keeps the entries taken out as
	 * tombstones until a compaction, all at the start of the key space (keys are in time
	 * order), and a range from the start had to step over every one of them: the
	 * processor slowed down more and more once sessions began to end.
	 */
	private long floor;

	SessionExpiries(KeyValueStore<Bytes, byte[]> index) {
		this.index = index;
		try (KeyValueIterator<Bytes, byte[]> all = index.all()) {
			this.next = all.hasNext() ? timeOf(all.next().key) : Long.MAX_VALUE;
		}
		this.floor = this.next;
	}

	void schedule(String sessionId, long at) {
		byte[] id = sessionId.getBytes(StandardCharsets.UTF_8);
		this.index.put(Bytes.wrap(ByteBuffer.allocate(8 + id.length).putLong(at).put(id).array()), NOTHING);
		this.next = Math.min(this.next, at);
		this.floor = Math.min(this.floor, at);
	}

	/** Takes the sessions due at or before {@code streamTime} out of the index. */
	List<String> takeDue(long streamTime) {
		if (streamTime < this.next) {
			return List.of();
		}
		List<Bytes> keys = new ArrayList<>();
		// a range, not all(): the stores copy the keys an iterator covers
		try (KeyValueIterator<Bytes, byte[]> due = this.index.range(from(this.floor), upTo(streamTime))) {
			due.forEachRemaining((entry) -> keys.add(entry.key));
		}
		this.floor = streamTime + 1;
		// the next entry may be due a millisecond later, but looking for it again on
		// every record would cost more than finding it a moment late
		this.next = streamTime + CHECK_STEP_MS;
		List<String> sessions = new ArrayList<>(keys.size());
		for (Bytes key : keys) {
			this.index.delete(key);
			byte[] bytes = key.get();
			sessions.add(new String(bytes, 8, bytes.length - 8, StandardCharsets.UTF_8));
		}
		return sessions;
	}

	/** The first possible key of an instant. */
	private static Bytes from(long at) {
		return Bytes.wrap(ByteBuffer.allocate(8).putLong(at).array());
	}

	/** The last possible key of an instant: no UTF-8 session id holds the byte 0xFF. */
	private static Bytes upTo(long at) {
		return Bytes.wrap(ByteBuffer.allocate(9).putLong(at).put((byte) 0xFF).array());
	}

	private static long timeOf(Bytes key) {
		return ByteBuffer.wrap(key.get()).getLong();
	}

}
