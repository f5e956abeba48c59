package dev.kafkaplayground.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Adding a game to, or removing it from, a wishlist or a cart. */
public enum ItemAction {

	@JsonProperty("add")
	ADD,

	@JsonProperty("remove")
	REMOVE

}
