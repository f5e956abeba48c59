package dev.kafkaplayground.processor.window;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * A compact binary form of {@link Tally} for the pre-aggregation store, which is read and
 * written for every event: fixed-width numbers instead of JSON. Layout: a version byte,
 * the events per {@link EventType} (in declaration order), revenue, orders, the funnel,
 * cart, search and late counters, then the games (count, and per game its id as a
 * length-prefixed UTF-8 string and its five counters). Values written as JSON by an
 * earlier version (they start with <code>{</code>) are still read.
 */
final class TallySerde implements Serde<Tally> {

	private static final byte VERSION = 1;

	private static final EventType[] TYPES = EventType.values();

	/**
	 * Longs before the games: events per type, revenue, orders, 4 + 2 + 4 + 1 counters.
	 */
	private static final int FIXED_LONGS = TYPES.length + 2 + 4 + 2 + 4 + 1;

	private final Deserializer<Tally> json = PlaygroundSerdes.jsonSerde(Tally.class).deserializer();

	@Override
	public Serializer<Tally> serializer() {
		return (topic, tally) -> (tally != null) ? write(tally) : null;
	}

	@Override
	public Deserializer<Tally> deserializer() {
		return (topic, bytes) -> {
			if (bytes == null) {
				return null;
			}
			return (bytes.length > 0 && bytes[0] == '{') ? this.json.deserialize(topic, bytes) : read(bytes);
		};
	}

	static byte[] write(Tally tally) {
		Map<String, GameActivity> games = tally.games().byGame();
		int size = 1 + 8 * FIXED_LONGS + 4;
		byte[][] ids = new byte[games.size()][];
		int i = 0;
		for (String id : games.keySet()) {
			ids[i] = id.getBytes(StandardCharsets.UTF_8);
			size += 2 + ids[i].length + 8 * 5;
			i++;
		}
		ByteBuffer out = ByteBuffer.allocate(size).put(VERSION);
		Traffic traffic = tally.traffic();
		for (EventType type : TYPES) {
			out.putLong(traffic.events().getOrDefault(type, 0L));
		}
		out.putLong(traffic.revenueCents()).putLong(traffic.orders());
		Funnel funnel = tally.funnel();
		out.putLong(funnel.viewed()).putLong(funnel.wishlisted()).putLong(funnel.carted()).putLong(funnel.purchased());
		out.putLong(tally.cart().converted()).putLong(tally.cart().abandoned());
		Search search = tally.search();
		out.putLong(search.searches())
			.putLong(search.zeroResults())
			.putLong(search.clickedThrough())
			.putLong(search.purchased());
		out.putLong(tally.late().dropped());
		out.putInt(games.size());
		i = 0;
		for (GameActivity activity : games.values()) {
			out.putShort((short) ids[i].length).put(ids[i]);
			out.putLong(activity.views())
				.putLong(activity.wishlistAdds())
				.putLong(activity.cartAdds())
				.putLong(activity.purchases())
				.putLong(activity.revenueCents());
			i++;
		}
		return out.array();
	}

	static Tally read(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		byte version = in.get();
		if (version != VERSION) {
			throw new SerializationException("unknown tally version " + version);
		}
		Map<EventType, Long> events = new EnumMap<>(EventType.class);
		for (EventType type : TYPES) {
			long count = in.getLong();
			if (count != 0) {
				events.put(type, count);
			}
		}
		Traffic traffic = new Traffic(events, in.getLong(), in.getLong());
		Funnel funnel = new Funnel(in.getLong(), in.getLong(), in.getLong(), in.getLong());
		Cart cart = new Cart(in.getLong(), in.getLong());
		Search search = new Search(in.getLong(), in.getLong(), in.getLong(), in.getLong());
		Late late = new Late(in.getLong());
		int count = in.getInt();
		Map<String, GameActivity> games = new HashMap<>(count * 2);
		for (int i = 0; i < count; i++) {
			byte[] id = new byte[in.getShort()];
			in.get(id);
			games.put(new String(id, StandardCharsets.UTF_8),
					new GameActivity(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong()));
		}
		return new Tally(traffic, funnel, cart, search, new Games(games), late);
	}

}
