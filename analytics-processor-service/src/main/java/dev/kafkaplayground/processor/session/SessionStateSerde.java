package dev.kafkaplayground.processor.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * for every event, so its values are numbers and short strings, not JSON. Layout (version
 * 2): a version byte, the last event time, the ended flag, one time per funnel stage
 * ({@link FunnelProgress#NONE} for not reached), the remembered ids (count, then two
 * longs each), the cart (its game ids, carted flag, first purchase, converted and
 * abandoned times) and the searches (each id, first click, purchased flag, reached games;
 * then the bought games with their times). Version 1 (before the cart and search
 * families) is still read, as a session with an empty cart and no searches.
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
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeLong(state.lastEventAt());
			out.writeBoolean(state.ended());
			for (FunnelStage stage : FunnelStage.values()) {
				out.writeLong(state.funnel().first(stage));
			}
			writeIds(out, state.recentEventIds());
			writeCart(out, state.cart());
			writeSearch(out, state.search());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static SessionState read(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			byte version = in.readByte();
			if (version != VERSION && version != VERSION_1) {
				throw new SerializationException("unknown session state version " + version);
			}
			long lastEventAt = in.readLong();
			boolean ended = (version != VERSION_1) && in.readBoolean();
			long[] firsts = new long[STAGES];
			for (int i = 0; i < STAGES; i++) {
				firsts[i] = in.readLong();
			}
			List<UUID> ids = readIds(in);
			if (version == VERSION_1) {
				return new SessionState(ids, lastEventAt, false, FunnelProgress.of(firsts), CartProgress.START,
						SearchProgress.START);
			}
			return new SessionState(ids, lastEventAt, ended, FunnelProgress.of(firsts), readCart(in), readSearch(in));
		}
		catch (IOException ex) {
			throw new SerializationException("corrupt session state", ex);
		}
	}

	private static void writeIds(DataOutputStream out, List<UUID> ids) throws IOException {
		out.writeInt(ids.size());
		for (UUID id : ids) {
			out.writeLong(id.getMostSignificantBits());
			out.writeLong(id.getLeastSignificantBits());
		}
	}

	private static List<UUID> readIds(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<UUID> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(new UUID(in.readLong(), in.readLong()));
		}
		return ids;
	}

	private static void writeCart(DataOutputStream out, CartProgress cart) throws IOException {
		writeStrings(out, cart.contents());
		out.writeBoolean(cart.carted());
		out.writeLong(cart.firstPurchaseAt());
		out.writeLong(cart.convertedAt());
		out.writeLong(cart.abandonedAt());
	}

	private static CartProgress readCart(DataInputStream in) throws IOException {
		return new CartProgress(readStrings(in), in.readBoolean(), in.readLong(), in.readLong(), in.readLong());
	}

	private static void writeSearch(DataOutputStream out, SearchProgress search) throws IOException {
		out.writeShort(search.searches().size());
		for (SearchTrack track : search.searches()) {
			out.writeUTF(track.searchId());
			out.writeLong(track.firstClickAt());
			out.writeBoolean(track.purchased());
			writeStrings(out, track.reached());
		}
		out.writeShort(search.bought().size());
		for (Map.Entry<String, Long> game : search.bought().entrySet()) {
			out.writeUTF(game.getKey());
			out.writeLong(game.getValue());
		}
	}

	private static SearchProgress readSearch(DataInputStream in) throws IOException {
		int count = in.readShort();
		List<SearchTrack> tracks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String searchId = in.readUTF();
			long firstClickAt = in.readLong();
			boolean purchased = in.readBoolean();
			tracks.add(new SearchTrack(searchId, firstClickAt, readStrings(in), purchased));
		}
		int games = in.readShort();
		Map<String, Long> bought = new HashMap<>(games);
		for (int i = 0; i < games; i++) {
			bought.put(in.readUTF(), in.readLong());
		}
		return new SearchProgress(tracks, bought);
	}

	private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
		out.writeShort(strings.size());
		for (String string : strings) {
			out.writeUTF(string);
		}
	}

	private static List<String> readStrings(DataInputStream in) throws IOException {
		int count = in.readShort();
		List<String> strings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			strings.add(in.readUTF());
		}
		return strings;
	}

}
