package dev.kafkaplayground.processor.session;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import dev.kafkaplayground.processor.cart.CartProgress;
import dev.kafkaplayground.processor.funnel.FunnelProgress;
import dev.kafkaplayground.processor.funnel.FunnelStage;
import dev.kafkaplayground.processor.search.SearchProgress;
import dev.kafkaplayground.processor.search.SearchTrack;

/**
 * A compact binary form of {@link SessionState}: the sessions store is read and written
 * for every event, so its values are numbers and short strings (length-prefixed UTF-8),
 * not JSON, written straight into a byte buffer. Layout (version 2): a version byte, the
 * last event time, the ended flag, one time per funnel stage ({@link FunnelProgress#NONE}
 * for not reached), the remembered ids (count, then two longs each), the cart (its game
 * ids, carted flag, first purchase, converted and abandoned times) and the searches (each
 * id, first click, purchased flag, reached games; then the bought games with their
 * times). Version 1 (before the cart and search families) is still read, as a session
 * with an empty cart and no searches.
 */
final class SessionStateSerde implements Serde<SessionState> {

	private static final byte VERSION_1 = 1;

	private static final byte VERSION = 2;

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
		Writer out = new Writer(256 + 16 * state.recentEventIds().size());
		out.buffer.put(VERSION);
		out.buffer.putLong(state.lastEventAt());
		out.buffer.put((byte) (state.ended() ? 1 : 0));
		for (FunnelStage stage : FunnelStage.values()) {
			out.buffer.putLong(state.funnel().first(stage));
		}
		out.ensure(4 + 16 * state.recentEventIds().size());
		out.buffer.putInt(state.recentEventIds().size());
		for (UUID id : state.recentEventIds()) {
			out.buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		}
		CartProgress cart = state.cart();
		out.strings(cart.contents());
		out.ensure(1 + 3 * 8);
		out.buffer.put((byte) (cart.carted() ? 1 : 0))
			.putLong(cart.firstPurchaseAt())
			.putLong(cart.convertedAt())
			.putLong(cart.abandonedAt());
		SearchProgress search = state.search();
		out.ensure(2);
		out.buffer.putShort((short) search.searches().size());
		for (SearchTrack track : search.searches()) {
			out.string(track.searchId());
			out.ensure(9);
			out.buffer.putLong(track.firstClickAt()).put((byte) (track.purchased() ? 1 : 0));
			out.strings(track.reached());
		}
		out.ensure(2);
		out.buffer.putShort((short) search.bought().size());
		for (Map.Entry<String, Long> game : search.bought().entrySet()) {
			out.string(game.getKey());
			out.ensure(8);
			out.buffer.putLong(game.getValue());
		}
		return Arrays.copyOf(out.buffer.array(), out.buffer.position());
	}

	static SessionState read(byte[] bytes) {
		try {
			ByteBuffer in = ByteBuffer.wrap(bytes);
			byte version = in.get();
			if (version != VERSION && version != VERSION_1) {
				throw new SerializationException("unknown session state version " + version);
			}
			long lastEventAt = in.getLong();
			boolean ended = (version != VERSION_1) && in.get() != 0;
			long[] firsts = new long[STAGES];
			for (int i = 0; i < STAGES; i++) {
				firsts[i] = in.getLong();
			}
			int count = in.getInt();
			List<UUID> ids = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				ids.add(new UUID(in.getLong(), in.getLong()));
			}
			if (version == VERSION_1) {
				return new SessionState(ids, lastEventAt, false, FunnelProgress.of(firsts), CartProgress.START,
						SearchProgress.START);
			}
			CartProgress cart = new CartProgress(strings(in), in.get() != 0, in.getLong(), in.getLong(), in.getLong());
			return new SessionState(ids, lastEventAt, ended, FunnelProgress.of(firsts), cart, search(in));
		}
		catch (BufferUnderflowException ex) {
			throw new SerializationException("corrupt session state", ex);
		}
	}

	private static SearchProgress search(ByteBuffer in) {
		int count = in.getShort();
		List<SearchTrack> tracks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String searchId = string(in);
			long firstClickAt = in.getLong();
			boolean purchased = in.get() != 0;
			tracks.add(new SearchTrack(searchId, firstClickAt, strings(in), purchased));
		}
		int games = in.getShort();
		Map<String, Long> bought = new HashMap<>(games * 2);
		for (int i = 0; i < games; i++) {
			bought.put(string(in), in.getLong());
		}
		return new SearchProgress(tracks, bought);
	}

	private static List<String> strings(ByteBuffer in) {
		int count = in.getShort();
		List<String> strings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			strings.add(string(in));
		}
		return strings;
	}

	private static String string(ByteBuffer in) {
		int length = in.getShort();
		String string = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		return string;
	}

	/** A buffer that grows as needed: sizes of strings are only known once encoded. */
	private static final class Writer {

		private ByteBuffer buffer;

		Writer(int capacity) {
			this.buffer = ByteBuffer.allocate(capacity);
		}

		void ensure(int bytes) {
			if (this.buffer.remaining() < bytes) {
				ByteBuffer larger = ByteBuffer
					.allocate(Math.max(this.buffer.capacity() * 2, this.buffer.position() + bytes));
				larger.put(this.buffer.array(), 0, this.buffer.position());
				this.buffer = larger;
			}
		}

		void string(String string) {
			byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
			ensure(2 + bytes.length);
			this.buffer.putShort((short) bytes.length).put(bytes);
		}

		void strings(List<String> strings) {
			ensure(2);
			this.buffer.putShort((short) strings.size());
			strings.forEach(this::string);
		}

	}

}
