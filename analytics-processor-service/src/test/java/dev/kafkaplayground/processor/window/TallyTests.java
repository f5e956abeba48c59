package dev.kafkaplayground.processor.window;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	@Test
	void shouldCountAPurchaseAsAnOrderWithItsTotal() {
		assertThat(Tally.of(purchase("s-1", AT, 1000, 2500)))
			.isEqualTo(new Tally(Map.of(EventType.PURCHASE, 1L), 3500, 1));
	}

	@Test
	void shouldCountOtherEventsWithoutRevenue() {
		assertThat(Tally.of(cartAdd("s-1", AT))).isEqualTo(new Tally(Map.of(EventType.CART_ACTION, 1L), 0, 0));
	}

	@Test
	void shouldAddCountsPerTypeRevenueAndOrders() {
		Tally sum = Tally.of(cartAdd("s-1", AT))
			.plus(Tally.of(purchase("s-1", AT, 700)))
			.plus(Tally.of(purchase("s-2", AT, 300)));

		assertThat(sum).isEqualTo(new Tally(Map.of(EventType.CART_ACTION, 1L, EventType.PURCHASE, 2L), 1000, 2));
	}

	@Test
	void shouldReportAllFiveEventTypesInTheMetricsRecord() {
		WindowMetrics metrics = Tally.of(cartAdd("s-1", AT))
			.toMetrics(AT, AT.plusSeconds(60), true, AT.plusSeconds(90));

		assertThat(metrics.events()).hasSize(5).containsEntry("cart_action", 1L).containsEntry("purchase", 0L);
		assertThat(metrics.isFinal()).isTrue();
	}

	@Test
	void shouldSurviveTheRoundTripThroughItsJsonSerde() {
		Tally tally = Tally.of(purchase("s-1", AT, 1234)).plus(Tally.of(cartAdd("s-1", AT)));
		var serde = PlaygroundSerdes.jsonSerde(Tally.class);

		assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally))).isEqualTo(tally);
	}

}
