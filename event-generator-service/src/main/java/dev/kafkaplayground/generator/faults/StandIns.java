package dev.kafkaplayground.generator.faults;

import java.util.List;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;

/**
 * Valid records of one event type made from an event of any type: the event itself if it
 * has that type, else a plain event of that type in the same session, so that a pill that
 * breaks a type's own rule can be made from any event.
 */
final class StandIns {

	private static final String GAME_ID = "g-001";

	private static final int PRICE_CENTS = 1999;

	private StandIns() {
	}

	/** The record of a valid event exactly as the generator would send it. */
	static PoisonRecord valid(StoreEvent event, byte[] validJson) {
		return new PoisonRecord(event.eventType().topic(), event.sessionId(), validJson);
	}

	static PoisonRecord cartAction(StoreEvent event, byte[] validJson) {
		if (event instanceof CartAction) {
			return valid(event, validJson);
		}
		return valid(new CartAction(event.eventId(), event.occurredAt(), event.sessionId(), event.userId(),
				event.platform(), event.country(), GAME_ID, ItemAction.ADD, PRICE_CENTS));
	}

	static PoisonRecord purchase(StoreEvent event, byte[] validJson) {
		if (event instanceof Purchase) {
			return valid(event, validJson);
		}
		return valid(new Purchase(event.eventId(), event.occurredAt(), event.sessionId(), event.userId(),
				event.platform(), event.country(), "o-" + event.eventId(),
				List.of(new Purchase.Item(GAME_ID, PRICE_CENTS)), PRICE_CENTS, Purchase.USD, PaymentMethod.CARD));
	}

	static PoisonRecord search(StoreEvent event, byte[] validJson) {
		if (event instanceof SearchPerformed) {
			return valid(event, validJson);
		}
		return valid(new SearchPerformed(event.eventId(), event.occurredAt(), event.sessionId(), event.userId(),
				event.platform(), event.country(), "q-" + event.eventId(), "space racing", 1, List.of(GAME_ID)));
	}

	private static PoisonRecord valid(StoreEvent standIn) {
		return valid(standIn, EventJson.mapper().writeValueAsBytes(standIn));
	}

}
