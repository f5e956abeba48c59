package dev.kafkaplayground.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed order. {@code totalCents} is the sum of the items' prices; money is always
 * integer cents.
 */
public record Purchase(UUID eventId, Instant occurredAt, String sessionId, String userId, Platform platform,
		String country, String orderId, List<Item> items, long totalCents, String currency,
		PaymentMethod paymentMethod) implements StoreEvent {

	/** The only currency of the store. */
	public static final String USD = "USD";

	public Purchase {
		items = List.copyOf(items);
	}

	@Override
	public EventType eventType() {
		return EventType.PURCHASE;
	}

	/** One game of an order and the price paid for it. */
	public record Item(String gameId, int priceCents) {

	}

}
