package dev.kafkaplayground.events.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What became of the carts of one window: sessions that added to their cart and then
 * bought (counted in the window of their first purchase), and sessions that ended with a
 * non-empty cart and no purchase (counted in the window holding the instant they ended:
 * last event plus the session gap). The abandonment rate over a range of windows is
 * {@code abandoned / (abandoned + converted)}.
 *
 * @param converted sessions with a cart add whose first purchase is in the window
 * @param abandoned sessions that ended in the window with a non-empty cart and no
 * purchase
 */
@JsonPropertyOrder({ "converted", "abandoned" })
public record Cart(long converted, long abandoned) {

	public static final Cart EMPTY = new Cart(0, 0);

	public Cart plus(Cart other) {
		return new Cart(this.converted + other.converted, this.abandoned + other.abandoned);
	}

	public Cart negated() {
		return new Cart(-this.converted, -this.abandoned);
	}

}
