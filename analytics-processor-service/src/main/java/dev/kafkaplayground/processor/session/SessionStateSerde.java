package dev.kafkaplayground.processor.session;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import dev.kafkaplayground.processor.funnel.FunnelStage;

/**
 * A compact binary form of {@link SessionState}: the sessions store is read and written
 * for every event, so its values are fixed-width numbers, not JSON. Layout: a version
 * byte, the last event time, one time per funnel stage ({@link Long#MIN_VALUE} for not
 * reached), the number of remembered ids, then each id as two longs.
 */
final class SessionStateSerde implements Serde<SessionState> {

	private static final byte VERSION = 1;

	private static final long NONE = Long.MIN_VALUE;

	private static final int STAGES = FunnelStage.values().length;

	@Override
	public Serializer<SessionState> serializer() {
		return (topic, state) -> (state != null) ? write(state) : null;
	}

	@Override
	public Deserializer<SessionState> deserializer() {
		return (topic, bytes) -> (bytes != null) ? read(bytes) : null;
	}

	static byte[] write(SessionState state) {
		List<UUID> ids = state.recentEventIds();
		ByteBuffer buffer = ByteBuffer.allocate(1 + 8 + 8 * STAGES + 4 + 16 * ids.size());
		buffer.put(VERSION).putLong(state.lastEventAt());
		for (FunnelStage stage : FunnelStage.values()) {
			Long first = state.first(stage);
			buffer.putLong((first != null) ? first : NONE);
		}
		buffer.putInt(ids.size());
		for (UUID id : ids) {
			buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		}
		return buffer.array();
	}

	static SessionState read(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		byte version = buffer.get();
		if (version != VERSION) {
			throw new SerializationException("unknown session state version " + version);
		}
		long lastEventAt = buffer.getLong();
		List<Long> firsts = new ArrayList<>(STAGES);
		for (int i = 0; i < STAGES; i++) {
			long first = buffer.getLong();
			firsts.add((first != NONE) ? first : null);
		}
		int count = buffer.getInt();
		List<UUID> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(new UUID(buffer.getLong(), buffer.getLong()));
		}
		return new SessionState(ids, firsts, lastEventAt);
	}

}
