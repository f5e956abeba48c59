package dev.kafkaplayground.processor.figures;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	@Test
	void shouldHoldEverySectionOfAnEvent() {
		assertThat(Tally.of(purchase("s-1", AT, 1000, 2500), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY))
			.isEqualTo(new Tally(Traffic.of(purchase("s-1", AT, 1000, 2500)), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY,
					Games.of(purchase("s-1", AT, 1000, 2500)), Late.NONE));
	}

	@Test
	void shouldReportAllFiveEventTypesAndTheGamesInTheMetricsRecord() {
		WindowMetrics metrics = Tally.of(cartAdd("s-1", AT), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY)
			.plus(Tally.of(purchase("s-1", AT, 700), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY))
			.toMetrics(AT, AT.plusSeconds(60), true, AT.plusSeconds(90));

		assertThat(metrics.events()).hasSize(5).containsEntry("cart_action", 1L).containsEntry("purchase", 1L);
		assertThat(metrics.revenueCents()).isEqualTo(700);
		assertThat(metrics.orders()).isEqualTo(1);
		assertThat(metrics.games()).isNotEmpty();
		assertThat(metrics.isFinal()).isTrue();
	}

	@Test
	void shouldSurviveTheRoundTripThroughItsJsonSerde() {
		Tally tally = Tally.of(purchase("s-1", AT, 1234), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY)
			.plus(Tally.of(cartAdd("s-1", AT), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY));
		var serde = PlaygroundSerdes.jsonSerde(Tally.class);

		assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally))).isEqualTo(tally);
	}

	@Test
	void shouldReadADeltaOfTheOlderTrafficOnlyFormatAsEmpty() {
		var serde = PlaygroundSerdes.jsonSerde(Tally.class);
		Tally old = serde.deserializer()
			.deserialize("t", "{\"events\":{\"PURCHASE\":1},\"revenueCents\":5,\"orders\":1}".getBytes());
		assertThat(old).isEqualTo(Tally.NONE);
		assertThat(old.plus(Tally.of(cartAdd("s-1", AT), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY)).traffic().events())
			.isEqualTo(Map.of(EventType.CART_ACTION, 1L));
		assertThat(old.games().byGame()).isEqualTo(Map.<String, GameActivity>of());
	}

}
