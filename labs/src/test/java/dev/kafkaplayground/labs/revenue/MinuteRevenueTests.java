package dev.kafkaplayground.labs.revenue;

import java.time.Instant;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregator and the two serdes of the revenue lab.
 */
class MinuteRevenueTests {

	@Test
	void shouldCountAnOrderAndAddItsTotal() {
		assertThat(MinuteRevenue.NONE.add(1999).add(0).add(501)).isEqualTo(new MinuteRevenue(3, 2500));
	}

	@Test
	void shouldStoreTheFiguresAsTwoLongs() {
		Serde<MinuteRevenue> serde = MinuteRevenue.serde();
		byte[] bytes = serde.serializer().serialize("changelog", new MinuteRevenue(7, 12_345));
		assertThat(bytes).hasSize(16);
		assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(new MinuteRevenue(7, 12_345));
		assertThat(serde.serializer().serialize("changelog", null)).isNull();
	}

	@Test
	void shouldWriteTheFinalWindowAsJsonWithContractInstants() {
		RevenueWindow window = new RevenueWindow(Instant.parse("2026-11-24T15:41:00Z"),
				Instant.parse("2026-11-24T15:42:00Z"), 3, 2500);
		byte[] json = RevenueWindow.serde().serializer().serialize(RevenueTopology.OUTPUT_TOPIC, window);
		assertThat(new String(json)).isEqualTo("{\"windowStart\":\"2026-11-24T15:41:00.000Z\","
				+ "\"windowEnd\":\"2026-11-24T15:42:00.000Z\",\"orders\":3,\"revenueCents\":2500}");
		assertThat(RevenueWindow.serde().deserializer().deserialize(RevenueTopology.OUTPUT_TOPIC, json))
			.isEqualTo(window);
		assertThat(window)
			.hasToString("minute 2026-11-24T15:41:00.000Z to 2026-11-24T15:42:00.000Z: orders=3 revenueCents=2500");
	}

}
