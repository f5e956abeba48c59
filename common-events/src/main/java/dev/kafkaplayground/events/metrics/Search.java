package dev.kafkaplayground.events.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How well the store's search worked in one window. Each search counts at most once in
 * {@code clickedThrough} and once in {@code purchased}, so over a range of windows
 * {@code clickedThrough / searches} is the click-through rate and
 * {@code purchased / searches} the search-to-purchase rate.
 *
 * @param searches searches performed in the window
 * @param zeroResults of those, searches that found nothing
 * @param clickedThrough searches whose first click-through (a page view carrying the
 * search's id, in the same session) is in the window
 * @param purchased searches for which a game reached through the search was bought in the
 * same session, counted at that purchase
 */
@JsonPropertyOrder({ "searches", "zeroResults", "clickedThrough", "purchased" })
public record Search(long searches, long zeroResults, long clickedThrough, long purchased) {

	public static final Search EMPTY = new Search(0, 0, 0, 0);

	public Search plus(Search other) {
		return new Search(this.searches + other.searches, this.zeroResults + other.zeroResults,
				this.clickedThrough + other.clickedThrough, this.purchased + other.purchased);
	}

	public Search negated() {
		return new Search(-this.searches, -this.zeroResults, -this.clickedThrough, -this.purchased);
	}

}
