package dev.kafkaplayground.events.validation;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.json.EventTime;

/**
 * The field rules of each event type, as listed in {@code docs/events.md}.
 */
final class EventFieldRules {

	private static final String[] PLATFORMS = { "web", "desktop", "mobile" };

	private static final String[] SOURCES = { "search", "browse", "recommendation", "wishlist", "direct" };

	private static final String[] ACTIONS = { "add", "remove" };

	private static final String[] PAYMENT_METHODS = { "card", "paypal", "wallet", "gift_card" };

	private EventFieldRules() {
	}

	/**
	 * @param now the reader's clock
	 */
	static void common(FieldChecks checks, Instant now) {
		checks.uuid("eventId");
		Instant occurredAt = checks.instant("occurredAt");
		if (occurredAt != null && occurredAt.isAfter(now.plus(StoreEventParser.MAX_CLOCK_SKEW))) {
			// See MAX_CLOCK_SKEW: a future event would close every open window early.
			checks.wrong("occurredAt", "must not be more than " + describe(StoreEventParser.MAX_CLOCK_SKEW)
					+ " in the future (reader's clock " + EventTime.format(now) + ")");
		}
		checks.text("sessionId");
		checks.text("userId");
		checks.oneOf("platform", PLATFORMS);
		checks.country("country");
	}

	static void forType(EventType type, FieldChecks checks) {
		switch (type) {
			case GAME_PAGE_VIEWED -> gamePageViewed(checks);
			case WISHLIST_ACTION -> wishlistAction(checks);
			case CART_ACTION -> cartAction(checks);
			case PURCHASE -> purchase(checks);
			case SEARCH_PERFORMED -> searchPerformed(checks);
		}
	}

	private static void gamePageViewed(FieldChecks checks) {
		checks.text("gameId");
		String source = checks.oneOf("source", SOURCES);
		boolean hasSearchId = checks.isPresent("searchId");
		if ("search".equals(source) && !hasSearchId) {
			checks.problem("missing required field 'searchId' (required when source is \"search\")");
		}
		else if ("search".equals(source)) {
			checks.text("searchId");
		}
		else if (source != null && hasSearchId) {
			checks.problem("field 'searchId' must be absent when source is \"" + source + "\"");
		}
	}

	private static void wishlistAction(FieldChecks checks) {
		checks.text("gameId");
		checks.oneOf("action", ACTIONS);
	}

	private static void cartAction(FieldChecks checks) {
		checks.text("gameId");
		checks.oneOf("action", ACTIONS);
		checks.nonNegativeInt("priceCents");
	}

	private static void purchase(FieldChecks checks) {
		checks.text("orderId");
		Long total = checks.nonNegativeLong("totalCents");
		String currency = checks.text("currency");
		if (currency != null && !Purchase.USD.equals(currency)) {
			checks.problem("field 'currency' must be \"USD\" but was \"" + currency + "\"");
		}
		checks.oneOf("paymentMethod", PAYMENT_METHODS);
		JsonNode items = checks.array("items");
		if (items == null) {
			return;
		}
		if (items.isEmpty()) {
			checks.problem("field 'items' must not be empty");
			return;
		}
		Long sum = purchaseItemsSum(checks, items);
		if (total != null && sum != null && !total.equals(sum)) {
			checks.problem("field 'totalCents' must equal the sum of item prices (" + sum + ") but was " + total);
		}
	}

	/**
	 * Checks every item; returns the sum of their prices, or null if any item is invalid.
	 */
	private static Long purchaseItemsSum(FieldChecks checks, JsonNode items) {
		long sum = 0;
		boolean valid = true;
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			String path = checks.name("items[" + i + "]");
			if (!item.isObject()) {
				checks.problem("field '" + path + "' must be an object with gameId and priceCents");
				valid = false;
				continue;
			}
			FieldChecks itemChecks = checks.nested(item, "items[" + i + "]");
			valid &= itemChecks.text("gameId") != null;
			Long price = itemChecks.nonNegativeInt("priceCents");
			valid &= price != null;
			sum += (price != null) ? price : 0;
		}
		return valid ? sum : null;
	}

	private static void searchPerformed(FieldChecks checks) {
		checks.text("searchId");
		String query = checks.text("query");
		if (query != null && query.length() > SearchPerformed.MAX_QUERY_LENGTH) {
			checks.problem("field 'query' must be at most " + SearchPerformed.MAX_QUERY_LENGTH + " characters but had "
					+ query.length());
		}
		Long resultCount = checks.nonNegativeInt("resultCount");
		JsonNode ids = checks.array("resultGameIds");
		if (ids == null) {
			return;
		}
		if (ids.size() > SearchPerformed.MAX_RESULT_IDS) {
			checks.problem("field 'resultGameIds' must hold at most " + SearchPerformed.MAX_RESULT_IDS + " ids but had "
					+ ids.size());
		}
		for (int i = 0; i < ids.size(); i++) {
			if (!ids.get(i).isString() || ids.get(i).stringValue().isBlank()) {
				checks.problem("field 'resultGameIds[" + i + "]' must be a non-empty string but was "
						+ FieldChecks.abbreviate(ids.get(i)));
			}
		}
		if (resultCount != null && (resultCount == 0) != ids.isEmpty()) {
			checks.problem("field 'resultGameIds' must be empty exactly when resultCount is 0 (resultCount "
					+ resultCount + ", " + ids.size() + " ids)");
		}
	}

	private static String describe(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			return (minutes / 60) + ((minutes == 60) ? " hour" : " hours");
		}
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
