package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shopper searched the store. Later page views that came from this search carry its
 * {@code searchId}.
 */
public record SearchPerformed(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country, String searchId, String query, int resultCount,
		List<String> resultGameIds) implements StoreEvent {

	/** At most this many result ids travel with a search. */
	public static final int MAX_RESULT_IDS = 10;

	/** The longest query the contract allows. */
	public static final int MAX_QUERY_LENGTH = 200;

	public SearchPerformed {
		resultGameIds = List.copyOf(resultGameIds);
	}

	@Override
	public EventType eventType() {
		return EventType.SEARCH_PERFORMED;
	}

}
