package dev.kafkaplayground.processor.cart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.TopologyFixture;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.cartRemove;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.TopologyFixture.EMIT_INTERVAL;
import static dev.kafkaplayground.processor.TopologyFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart section in the production topology, with the default 5-minute session gap and
 * 30-second grace: conversions at the first purchase, abandonments at last event plus
 * gap.
 */
class CartTests {

	private final TopologyFixture fixture = new TopologyFixture();

	@AfterEach
	void closeDriver() {
		this.fixture.close();
	}

	@Test
	void shouldCountASessionThatCartedAsConvertedOnceInTheWindowOfItsFirstPurchase() {
		this.fixture.send(cartAdd("s-1", at("12:00:10")));
		this.fixture.send(purchase("s-1", at("12:01:05"), 1999));
		this.fixture.send(cartAdd("s-1", at("12:01:20")));
		this.fixture.send(purchase("s-1", at("12:01:30"), 999));
		// bought without a cart add: not a conversion of a cart
		this.fixture.send(purchase("s-2", at("12:01:40"), 999));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(cart("12:00")).isEqualTo(Cart.EMPTY);
		assertThat(cart("12:01")).isEqualTo(new Cart(1, 0));
	}

	@Test
	void shouldCountAnAbandonedCartExactlyAtLastEventPlusGapInThatWindow() {
		this.fixture.send(cartAdd("s-1", at("12:00:10")));
		this.fixture.send(pageView("s-1", at("12:00:20")));

		this.fixture.send(pageView("s-2", at("12:05:19.999")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		assertThat(cart("12:05")).as("not ended a millisecond before last event + gap").isEqualTo(Cart.EMPTY);

		this.fixture.send(pageView("s-2", at("12:05:20")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		assertThat(cart("12:05")).isEqualTo(new Cart(0, 1));

		// stream time passes the window's end plus grace: the final record holds it
		this.fixture.send(pageView("s-2", at("12:06:30")));
		assertThat(this.fixture.metricsRecordsSoFar()).filteredOn((record) -> record.value().isFinal())
			.filteredOn((record) -> record.key().equals("2026-11-24T12:05:00.000Z"))
			.singleElement()
			.satisfies((record) -> assertThat(record.value().cart()).isEqualTo(new Cart(0, 1)));
	}

	@Test
	void shouldNotCountASessionThatEmptiedItsCartOrBoughtAsAbandoned() {
		this.fixture.send(cartAdd("s-1", at("12:00:10"), "game-1"));
		this.fixture.send(cartAdd("s-1", at("12:00:11"), "game-2"));
		this.fixture.send(cartRemove("s-1", at("12:00:12"), "game-1"));
		this.fixture.send(cartRemove("s-1", at("12:00:13"), "game-2"));
		this.fixture.send(cartAdd("s-2", at("12:00:10")));
		this.fixture.send(purchase("s-2", at("12:00:20"), 1999));
		this.fixture.send(cartAdd("s-3", at("12:00:15"), "game-1"));
		this.fixture.send(cartAdd("s-3", at("12:00:16"), "game-2"));
		this.fixture.send(cartRemove("s-3", at("12:00:17"), "game-1"));

		this.fixture.send(pageView("s-4", at("12:06:00")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(cart("12:00")).isEqualTo(new Cart(1, 0));
		assertThat(cart("12:05")).as("only s-3 left a game in its cart").isEqualTo(new Cart(0, 1));
	}

	@Test
	void shouldTakeBackAnAbandonmentWhenAnEarlierPurchaseArrivesLate() {
		this.fixture.send(cartAdd("s-1", at("12:00:10")));
		this.fixture.send(pageView("s-2", at("12:05:10")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		assertThat(cart("12:05")).isEqualTo(new Cart(0, 1));

		// s-1 did buy at 12:04:50; that event was held up and arrives within grace
		this.fixture.send(purchase("s-1", at("12:04:50"), 1999));
		this.fixture.send(pageView("s-2", at("12:05:11")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(cart("12:05")).isEqualTo(Cart.EMPTY);
		assertThat(cart("12:04")).isEqualTo(new Cart(1, 0));
	}

	@Test
	void shouldCountAConversionWhenTheCartAddArrivesAfterThePurchase() {
		this.fixture.send(purchase("s-1", at("12:00:30"), 1999));
		this.fixture.send(cartAdd("s-1", at("12:00:20")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(cart("12:00")).isEqualTo(new Cart(1, 0));
	}

	private Cart cart(String window) {
		WindowMetrics metrics = this.fixture.latest(window);
		return metrics.cart();
	}

}
