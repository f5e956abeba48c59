package dev.kafkaplayground.events.metrics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.support.serializer.JacksonJsonSerde;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.PlaygroundSerdes;

import static org.assertj.core.api.Assertions.assertThat;

class WindowMetricsTests {

	private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

	private final JacksonJsonSerde<WindowMetrics> serde = PlaygroundSerdes.windowMetrics();

	@Test
	void shouldWriteTheContractFieldNamesInOrder() {
		byte[] bytes = this.serde.serializer().serialize("t", metrics());
		JsonNode json = EventJson.mapper().readTree(bytes);
		assertThat(json.propertyNames()).containsExactly("windowStart", "windowEnd", "final", "updatedAt", "events",
				"revenueCents", "orders", "funnel", "cart", "search", "games", "late");
		assertThat(json.get("windowStart").stringValue()).isEqualTo("2026-11-24T12:00:00.000Z");
		assertThat(json.get("final").booleanValue()).isTrue();
		assertThat(json.get("events").propertyNames()).containsExactly("game_page_viewed", "wishlist_action",
				"cart_action", "purchase", "search_performed");
	}

	@Test
	void shouldRoundTripAndIgnoreSectionsItDoesNotKnow() {
		byte[] bytes = this.serde.serializer().serialize("t", metrics());
		assertThat(this.serde.deserializer().deserialize("t", bytes)).isEqualTo(metrics());
		String later = new String(bytes).replace("\"orders\":3", "\"orders\":3,\"returns\":{\"refunds\":1}");
		assertThat(this.serde.deserializer().deserialize("t", later.getBytes())).isEqualTo(metrics());
		assertThat(EventJson.mapper().readTree(bytes).get("funnel").propertyNames()).containsExactly("viewed",
				"wishlisted", "carted", "purchased");
		assertThat(EventJson.mapper().readTree(bytes).get("games").get("g-001").propertyNames())
			.containsExactly("views", "wishlistAdds", "cartAdds", "purchases", "revenueCents");
		assertThat(EventJson.mapper().readTree(bytes).get("cart").propertyNames()).containsExactly("converted",
				"abandoned");
		assertThat(EventJson.mapper().readTree(bytes).get("search").propertyNames()).containsExactly("searches",
				"zeroResults", "clickedThrough", "purchased");
		assertThat(EventJson.mapper().readTree(bytes).get("late").propertyNames()).containsExactly("dropped");
	}

	@Test
	void shouldReadARecordWrittenBeforeTheSections() {
		String foundation = new String(this.serde.serializer().serialize("t", metrics()))
			.replaceAll(",\"funnel\":.*\\}\\}$", "}");
		assertThat(foundation).doesNotContain("games").doesNotContain("funnel");
		WindowMetrics read = this.serde.deserializer().deserialize("t", foundation.getBytes());
		assertThat(read.games()).isEmpty();
		assertThat(read.funnel()).isEqualTo(Funnel.EMPTY);
		assertThat(read.cart()).isEqualTo(Cart.EMPTY);
		assertThat(read.search()).isEqualTo(Search.EMPTY);
		assertThat(read.late()).isEqualTo(Late.NONE);
	}

	@Test
	void shouldCountEveryTypeEvenWhenAbsent() {
		Map<EventType, Long> counts = new EnumMap<>(EventType.class);
		counts.put(EventType.PURCHASE, 3L);
		assertThat(WindowMetrics.eventCounts(counts)).containsEntry("purchase", 3L)
			.containsEntry("game_page_viewed", 0L)
			.hasSize(5);
		assertThat(metrics().totalEvents()).isEqualTo(3);
	}

	private static WindowMetrics metrics() {
		Map<EventType, Long> counts = new EnumMap<>(EventType.class);
		counts.put(EventType.PURCHASE, 3L);
		return new WindowMetrics(START, START.plusSeconds(60), true, START.plusSeconds(95),
				WindowMetrics.eventCounts(counts), 7497, 3, new Funnel(5, 2, 3, 3), new Cart(3, 1),
				new Search(4, 1, 2, 1),
				Map.of("g-001", new GameActivity(4, 1, 2, 3, 7497), "g-002", new GameActivity(1, 0, 0, 0, 0)),
				new Late(2));
	}

}
