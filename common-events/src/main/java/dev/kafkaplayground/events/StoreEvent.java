package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a shopper did in the store. Every event travels as a JSON object on the topic
 * of its {@link EventType}, keyed by {@link #sessionId()} and timestamped with
 * {@link #occurredAt()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "eventType")
@JsonSubTypes({ @JsonSubTypes.Type(value = GamePageViewed.class, name = EventType.GAME_PAGE_VIEWED_NAME),
		@JsonSubTypes.Type(value = WishlistAction.class, name = EventType.WISHLIST_ACTION_NAME),
		@JsonSubTypes.Type(value = CartAction.class, name = EventType.CART_ACTION_NAME),
		@JsonSubTypes.Type(value = Purchase.class, name = EventType.PURCHASE_NAME),
		@JsonSubTypes.Type(value = SearchPerformed.class, name = EventType.SEARCH_PERFORMED_NAME) })
public sealed interface StoreEvent permits GamePageViewed, WishlistAction, CartAction, Purchase, SearchPerformed {

	UUID eventId();

	Instant occurredAt();

	String sessionId();

	String userId();

	Platform platform();

	String country();

	@JsonIgnore
	EventType eventType();

}
