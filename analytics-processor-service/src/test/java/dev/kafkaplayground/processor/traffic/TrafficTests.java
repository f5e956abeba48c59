package dev.kafkaplayground.processor.traffic;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.EventType;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class TrafficTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	@Test
	void shouldCountAPurchaseAsAnOrderWithItsTotal() {
		assertThat(Traffic.of(purchase("s-1", AT, 1000, 2500)))
			.isEqualTo(new Traffic(Map.of(EventType.PURCHASE, 1L), 3500, 1));
	}

	@Test
	void shouldCountOtherEventsWithoutRevenue() {
		assertThat(Traffic.of(cartAdd("s-1", AT))).isEqualTo(new Traffic(Map.of(EventType.CART_ACTION, 1L), 0, 0));
	}

	@Test
	void shouldAddCountsPerTypeRevenueAndOrdersInAnyGrouping() {
		Traffic a = Traffic.of(cartAdd("s-1", AT));
		Traffic b = Traffic.of(purchase("s-1", AT, 700));
		Traffic c = Traffic.of(purchase("s-2", AT, 300));

		assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)))
			.isEqualTo(new Traffic(Map.of(EventType.CART_ACTION, 1L, EventType.PURCHASE, 2L), 1000, 2));
		assertThat(Traffic.NONE.plus(a)).isEqualTo(a);
	}

}
