package dev.kafkaplayground.events.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.json.EventTime;

/**
 * The field rules of each event type, as listed in {@code docs/events.md}. Each rule
 * returns the value it checked, and each event is built from those values: the record is
 * read once, and a field's rule and its mapping to the event live in one place.
 */
final class EventFieldRules {

	private static final WireNames<Platform> PLATFORMS = new WireNames<>(Platform.class);

	private static final WireNames<ViewSource> SOURCES = new WireNames<>(ViewSource.class);

	private static final WireNames<ItemAction> ACTIONS = new WireNames<>(ItemAction.class);

	private EventFieldRules() {
	}

	/**
	 * @param now the reader's clock
	 */
	static CommonFields common(FieldChecks checks, Instant now) {
		UUID eventId = checks.uuid("eventId");
		Instant occurredAt = checks.instant("occurredAt");
		if (occurredAt != null && occurredAt.isAfter(now.plus(StoreEventParser.MAX_CLOCK_SKEW))) {
			// See MAX_CLOCK_SKEW: a future event would close every open window early.
			checks.wrong("occurredAt", "must not be more than " + describe(StoreEventParser.MAX_CLOCK_SKEW)
					+ " in the future (reader's clock " + EventTime.format(now) + ")");
		}
		String sessionId = checks.text("sessionId");
		String userId = checks.text("userId");
		Platform platform = checks.oneOf("platform", PLATFORMS);
		return new CommonFields(eventId, occurredAt, sessionId, userId, platform, checks.country("country"));
	}

	/**
	 * Checks the fields of the event's own type.
	 * @return the event, or null if any check of the record has failed
	 */
	static StoreEvent forType(EventType type, FieldChecks checks, CommonFields common) {
		return switch (type) {
			case GAME_PAGE_VIEWED -> gamePageViewed(checks, common);
			case WISHLIST_ACTION -> wishlistAction(checks, common);
			case CART_ACTION -> cartAction(checks, common);
			case PURCHASE -> PurchaseRules.purchase(checks, common);
			case SEARCH_PERFORMED -> SearchRules.searchPerformed(checks, common);
		};
	}

	private static GamePageViewed gamePageViewed(FieldChecks checks, CommonFields common) {
		String gameId = checks.text("gameId");
		ViewSource source = checks.oneOf("source", SOURCES);
		boolean hasSearchId = checks.isPresent("searchId");
		String searchId = null;
		if (source == ViewSource.SEARCH && !hasSearchId) {
			checks.problem("missing required field 'searchId' (required when source is \"search\")");
		}
		else if (source == ViewSource.SEARCH) {
			searchId = checks.text("searchId");
		}
		else if (source != null && hasSearchId) {
			checks.problem("field 'searchId' must be absent when source is \"" + SOURCES.name(source) + "\"");
		}
		return checks.failed() ? null : new GamePageViewed(common.eventId(), common.occurredAt(), common.sessionId(),
				common.userId(), common.platform(), common.country(), gameId, source, searchId);
	}

	private static WishlistAction wishlistAction(FieldChecks checks, CommonFields common) {
		String gameId = checks.text("gameId");
		ItemAction action = checks.oneOf("action", ACTIONS);
		return checks.failed() ? null : new WishlistAction(common.eventId(), common.occurredAt(), common.sessionId(),
				common.userId(), common.platform(), common.country(), gameId, action);
	}

	private static CartAction cartAction(FieldChecks checks, CommonFields common) {
		String gameId = checks.text("gameId");
		ItemAction action = checks.oneOf("action", ACTIONS);
		Integer priceCents = checks.nonNegativeInt("priceCents");
		return checks.failed() ? null : new CartAction(common.eventId(), common.occurredAt(), common.sessionId(),
				common.userId(), common.platform(), common.country(), gameId, action, priceCents);
	}

	private static String describe(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			return (minutes / 60) + ((minutes == 60) ? " hour" : " hours");
		}
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
