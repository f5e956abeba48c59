package dev.kafkaplayground.labs.revenue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.Purchase;

/** Valid purchases of one session, as the generator sends them. */
final class TestPurchases {

	static final String SESSION = "session-1";

	private TestPurchases() {
	}

	/** A one-game order of {@value #SESSION} at {@code occurredAt}. */
	static Purchase purchase(Instant occurredAt, int totalCents) {
		return new Purchase(UUID.randomUUID(), occurredAt, SESSION, "user-1", Platform.WEB, "US",
				"order-" + UUID.randomUUID(), List.of(new Purchase.Item("game-1", totalCents)), totalCents,
				Purchase.USD, PaymentMethod.CARD);
	}

}
