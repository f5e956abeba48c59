package dev.kafkaplayground.events.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The conversion funnel of one window: sessions whose first page view, first wishlist
 * add, first cart add and first purchase fall in the window. A session counts at most
 * once per stage, so the counts of any range of windows add up.
 *
 * @param viewed sessions whose first game page view is in the window
 * @param wishlisted sessions whose first wishlist add is in the window
 * @param carted sessions whose first cart add is in the window
 * @param purchased sessions whose first purchase is in the window
 */
@JsonPropertyOrder({ "viewed", "wishlisted", "carted", "purchased" })
public record Funnel(long viewed, long wishlisted, long carted, long purchased) {

	public static final Funnel EMPTY = new Funnel(0, 0, 0, 0);

	public Funnel negated() {
		return new Funnel(-this.viewed, -this.wishlisted, -this.carted, -this.purchased);
	}

	public Funnel plus(Funnel other) {
		return new Funnel(this.viewed + other.viewed, this.wishlisted + other.wishlisted, this.carted + other.carted,
				this.purchased + other.purchased);
	}

}
