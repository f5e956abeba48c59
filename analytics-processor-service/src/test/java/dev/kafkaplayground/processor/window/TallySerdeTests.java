package dev.kafkaplayground.processor.window;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.processor.figures.Tally;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class TallySerdeTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	private final TallySerde serde = new TallySerde();

	@Test
	void shouldRoundTripEverySection() {
		Tally tally = Tally
			.of(purchase("s-1", AT, 1000, 2500), new Funnel(1, 2, 3, 4), new Cart(5, 6), new Search(7, 8, 9, 10))
			.plus(Tally.of(cartAdd("s-2", AT, "g-ü"), Funnel.EMPTY, Cart.EMPTY, Search.EMPTY))
			.plus(Tally.of(new Late(11)));

		assertThat(roundTrip(tally)).isEqualTo(tally);
		assertThat(roundTrip(Tally.NONE)).isEqualTo(Tally.NONE);
	}

	@Test
	void shouldReadTheJsonThatAnEarlierVersionStored() {
		Tally tally = Tally.of(purchase("s-1", AT, 1000), new Funnel(0, 0, 0, 1), Cart.EMPTY, Search.EMPTY);
		byte[] json = PlaygroundSerdes.jsonSerde(Tally.class).serializer().serialize("t", tally);

		assertThat(this.serde.deserializer().deserialize("t", json)).isEqualTo(tally);
	}

	private Tally roundTrip(Tally tally) {
		return this.serde.deserializer().deserialize("t", this.serde.serializer().serialize("t", tally));
	}

}
