package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.UUID;

/** A shopper added a game to, or removed it from, their cart at a price in cents. */
public record CartAction(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country, String gameId, ItemAction action, int priceCents) implements StoreEvent {

	@Override
	public EventType eventType() {
		return EventType.CART_ACTION;
	}

}
