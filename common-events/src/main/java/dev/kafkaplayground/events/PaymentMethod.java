package dev.kafkaplayground.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an order was paid. */
public enum PaymentMethod {

	@JsonProperty("card")
	CARD,

	@JsonProperty("paypal")
	PAYPAL,

	@JsonProperty("wallet")
	WALLET,

	@JsonProperty("gift_card")
	GIFT_CARD

}
