package dev.kafkaplayground.processor.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * When to look at a session next, in the {@link SessionTracker#EXPIRY_STORE} store: keys
 * are the instant (8 bytes, big-endian, so byte order is time order) followed by the
 * session id, so the sessions due by a given stream time are the first entries of the
 * store. An entry is only a reminder: the tracker checks the session's state when it
 * comes due and schedules it again if the session went on meanwhile, so an active session
 * costs no index write per event.
 */
final class SessionExpiries {

	private static final byte[] NOTHING = new byte[0];

	private final KeyValueStore<Bytes, byte[]> index;

	/** The earliest instant in the index, {@link Long#MAX_VALUE} when it is empty. */
	private long next;

	SessionExpiries(KeyValueStore<Bytes, byte[]> index) {
		this.index = index;
		try (KeyValueIterator<Bytes, byte[]> all = index.all()) {
			this.next = all.hasNext() ? timeOf(all.next().key) : Long.MAX_VALUE;
		}
	}

	void schedule(String sessionId, long at) {
		byte[] id = sessionId.getBytes(StandardCharsets.UTF_8);
		this.index.put(Bytes.wrap(ByteBuffer.allocate(8 + id.length).putLong(at).put(id).array()), NOTHING);
		this.next = Math.min(this.next, at);
	}

	/** Takes the sessions due at or before {@code streamTime} out of the index. */
	List<String> takeDue(long streamTime) {
		if (streamTime < this.next) {
			return List.of();
		}
		List<Bytes> keys = new ArrayList<>();
		long following = Long.MAX_VALUE;
		try (KeyValueIterator<Bytes, byte[]> all = this.index.all()) {
			while (all.hasNext()) {
				KeyValue<Bytes, byte[]> entry = all.next();
				long at = timeOf(entry.key);
				if (at > streamTime) {
					following = at;
					break;
				}
				keys.add(entry.key);
			}
		}
		this.next = following;
		List<String> due = new ArrayList<>(keys.size());
		for (Bytes key : keys) {
			this.index.delete(key);
			byte[] bytes = key.get();
			due.add(new String(bytes, 8, bytes.length - 8, StandardCharsets.UTF_8));
		}
		return due;
	}

	private static long timeOf(Bytes key) {
		return ByteBuffer.wrap(key.get()).getLong();
	}

}
