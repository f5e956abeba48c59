package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A shopper opened a game's page. {@code searchId} is present exactly when the view came
 * from a search result.
 */
public record GamePageViewed(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country, String gameId, ViewSource source,
		@JsonInclude(JsonInclude.Include.NON_NULL) String searchId) implements StoreEvent {

	@Override
	public EventType eventType() {
		return EventType.GAME_PAGE_VIEWED;
	}

}
