package dev.kafkaplayground.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the shopper is using the store from. */
public enum Platform {

	@JsonProperty("web")
	WEB,

	@JsonProperty("desktop")
	DESKTOP,

	@JsonProperty("mobile")
	MOBILE

}
