package dev.kafkaplayground.events.validation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Purchase;

/**
 * The field rules of a purchase and its items, as listed in {@code docs/events.md}.
 */
final class PurchaseRules {

	private static final WireNames<PaymentMethod> PAYMENT_METHODS = new WireNames<>(PaymentMethod.class);

	private PurchaseRules() {
	}

	/**
	 * @return the purchase, or null if any check of the record has failed
	 */
	static Purchase purchase(FieldChecks checks, CommonFields common) {
		String orderId = checks.text("orderId");
		Long total = checks.nonNegativeLong("totalCents");
		String currency = checks.text("currency");
		if (currency != null && !Purchase.USD.equals(currency)) {
			checks.problem("field 'currency' must be \"USD\" but was \"" + currency + "\"");
		}
		PaymentMethod paymentMethod = checks.oneOf("paymentMethod", PAYMENT_METHODS);
		JsonNode nodes = checks.array("items");
		if (nodes == null) {
			return null;
		}
		if (nodes.isEmpty()) {
			checks.problem("field 'items' must not be empty");
			return null;
		}
		List<Purchase.Item> items = items(checks, nodes);
		if (total != null && items != null) {
			long sum = items.stream().mapToLong(Purchase.Item::priceCents).sum();
			if (total != sum) {
				checks.problem("field 'totalCents' must equal the sum of item prices (" + sum + ") but was " + total);
			}
		}
		return checks.failed() ? null : new Purchase(common.eventId(), common.occurredAt(), common.sessionId(),
				common.userId(), common.platform(), common.country(), orderId, items, total, currency, paymentMethod);
	}

	/**
	 * Checks every item.
	 * @return the items, or null if any item is invalid
	 */
	private static List<Purchase.Item> items(FieldChecks checks, JsonNode nodes) {
		List<Purchase.Item> items = new ArrayList<>(nodes.size());
		boolean valid = true;
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			String path = "items[" + i + "]";
			if (!node.isObject()) {
				checks.problem("field '" + checks.name(path) + "' must be an object with gameId and priceCents");
				valid = false;
				continue;
			}
			FieldChecks itemChecks = checks.nested(node, path);
			String gameId = itemChecks.text("gameId");
			Integer priceCents = itemChecks.nonNegativeInt("priceCents");
			if (gameId != null && priceCents != null) {
				items.add(new Purchase.Item(gameId, priceCents));
			}
			else {
				valid = false;
			}
		}
		return valid ? items : null;
	}

}
