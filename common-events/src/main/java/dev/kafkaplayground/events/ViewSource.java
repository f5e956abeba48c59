package dev.kafkaplayground.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the shopper reached a game page. */
public enum ViewSource {

	@JsonProperty("search")
	SEARCH,

	@JsonProperty("browse")
	BROWSE,

	@JsonProperty("recommendation")
	RECOMMENDATION,

	@JsonProperty("wishlist")
	WISHLIST,

	@JsonProperty("direct")
	DIRECT

}
