package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.UUID;

/** A shopper added a game to, or removed it from, their wishlist. */
public record WishlistAction(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country, String gameId, ItemAction action) implements StoreEvent {

	@Override
	public EventType eventType() {
		return EventType.WISHLIST_ACTION;
	}

}
