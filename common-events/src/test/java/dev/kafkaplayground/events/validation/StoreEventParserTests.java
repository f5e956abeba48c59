package dev.kafkaplayground.events.validation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.kafkaplayground.events.SampleEvents;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class StoreEventParserTests {

	/** The reader's clock reads the sample events' time: they happened just now. */
	private final StoreEventParser parser = new StoreEventParser(Clock.fixed(SampleEvents.AT, ZoneOffset.UTC));

	@Test
	void shouldRejectNullValue() {
		assertThat(reason(Topics.PURCHASES, "s-1", null)).contains("null");
	}

	@Test
	void shouldRejectInvalidJson() {
		assertThat(reason(Topics.PURCHASES, "s-1", "{not json".getBytes(StandardCharsets.UTF_8)))
			.startsWith("value is not valid JSON");
	}

	@Test
	void shouldRejectJsonThatIsNotAnObject() {
		assertThat(reason(Topics.PURCHASES, "s-1", "[1,2]".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("value must be a JSON object");
	}

	@Test
	void shouldRejectMissingCommonField() {
		assertThat(rejectPurchase((json) -> json.remove("sessionId"))).contains("missing required field 'sessionId'");
	}

	@Test
	void shouldRejectUnknownEventType() {
		assertThat(rejectPurchase((json) -> json.put("eventType", "refund")))
			.contains("field 'eventType' must be one of")
			.contains("\"refund\"");
	}

	@Test
	void shouldRejectEventOnAnotherTypesTopic() {
		byte[] bytes = bytes(SampleEvents.purchase());
		assertThat(reason(Topics.GAME_VIEWS, "s-1", bytes))
			.contains("eventType \"purchase\" belongs on topic store.purchases, not store.game-views");
	}

	@Test
	void shouldRejectKeyThatIsNotTheSessionId() {
		assertThat(reason(Topics.PURCHASES, "other", bytes(SampleEvents.purchase())))
			.contains("record key \"other\" must equal sessionId \"s-1\"");
		assertThat(reason(Topics.PURCHASES, null, bytes(SampleEvents.purchase()))).contains("record key null");
	}

	@Test
	void shouldRejectMalformedEventId() {
		assertThat(rejectPurchase((json) -> json.put("eventId", "42")))
			.contains("field 'eventId' must be a UUID string but was \"42\"");
	}

	@Test
	void shouldRejectTimeThatIsNotRfc3339() {
		assertThat(rejectPurchase((json) -> json.put("occurredAt", "yesterday")))
			.contains("field 'occurredAt' must be an RFC 3339 instant");
	}

	@Test
	void shouldRejectTimeThatOnlyLooksLikeRfc3339() {
		assertThat(rejectPurchase((json) -> json.put("occurredAt", "2026-11-24T15:41Z")))
			.contains("field 'occurredAt' must be an RFC 3339 instant");
		assertThat(rejectPurchase((json) -> json.put("occurredAt", "2026-11-24 15:41:31Z")))
			.contains("field 'occurredAt' must be an RFC 3339 instant");
	}

	@Test
	void shouldAcceptTimeUpToTheMaximumClockSkewAheadOfTheReader() {
		String latest = EventTime.format(SampleEvents.AT.plus(StoreEventParser.MAX_CLOCK_SKEW));
		assertThat(parse(SampleEvents.purchase(), (json) -> json.put("occurredAt", latest)))
			.isInstanceOf(ParseResult.Accepted.class);
	}

	@Test
	void shouldRejectTimeMoreThanTheMaximumClockSkewAheadOfTheReader() {
		String tooLate = EventTime.format(SampleEvents.AT.plus(StoreEventParser.MAX_CLOCK_SKEW).plusMillis(1));
		assertThat(rejectPurchase((json) -> json.put("occurredAt", tooLate)))
			.isEqualTo("field 'occurredAt' must not be more than 1 hour in the future"
					+ " (reader's clock 2026-11-24T15:41:31.120Z) but was \"2026-11-24T16:41:31.121Z\"");
	}

	@Test
	void shouldCompareTimeInTheFutureAsAnInstantWhateverItsOffset() {
		assertThat(rejectPurchase((json) -> json.put("occurredAt", "2026-11-24T17:41:31.121+01:00")))
			.contains("must not be more than 1 hour in the future");
		assertThat(parse(SampleEvents.purchase(), (json) -> json.put("occurredAt", "2026-11-25T01:41:31.120+09:00")))
			.isInstanceOf(ParseResult.Accepted.class);
	}

	@Test
	void shouldAcceptTimeInThePastHoweverOld() {
		assertThat(parse(SampleEvents.purchase(), (json) -> json.put("occurredAt", "2016-11-24T15:41:31.120Z")))
			.isInstanceOf(ParseResult.Accepted.class);
	}

	@Test
	void shouldReadTheClockForEveryRecord() {
		byte[] bytes = bytes(SampleEvents.purchase());
		MutableClock clock = new MutableClock(SampleEvents.AT.minus(StoreEventParser.MAX_CLOCK_SKEW).minusSeconds(1));
		StoreEventParser parser = new StoreEventParser(clock);
		assertThat(parser.parse(Topics.PURCHASES, "s-1", bytes)).isInstanceOf(ParseResult.Rejected.class);
		clock.set(SampleEvents.AT);
		assertThat(parser.parse(Topics.PURCHASES, "s-1", bytes))
			.isEqualTo(new ParseResult.Accepted(SampleEvents.purchase()));
	}

	@Test
	void shouldAcceptLowerCaseSeparatorsAsRfc3339Allows() {
		ParseResult result = parse(SampleEvents.purchase(),
				(json) -> json.put("occurredAt", "2026-11-24t15:41:31.12z"));
		assertThat(result).isInstanceOf(ParseResult.Accepted.class);
	}

	@Test
	void shouldKeepTheReasonShortWhenARecordHasManyProblems() {
		String reason = reject(SampleEvents.search(), (json) -> {
			ArrayNode ids = json.putArray("resultGameIds");
			for (int i = 0; i < 500; i++) {
				ids.add(i);
			}
		});
		assertThat(reason).contains("and 491 more problems").hasSizeLessThan(2000);
	}

	@Test
	void shouldAcceptTimeWithAnyOffset() {
		ParseResult result = parse(SampleEvents.purchase(),
				(json) -> json.put("occurredAt", "2026-11-24T16:41:31.120+01:00"));
		assertThat(result).isInstanceOf(ParseResult.Accepted.class);
		assertThat(((ParseResult.Accepted) result).event().occurredAt()).isEqualTo(SampleEvents.AT);
	}

	@Test
	void shouldRejectUnknownPlatformAndCountry() {
		String reason = rejectPurchase((json) -> json.put("platform", "tv").put("country", "XX"));
		assertThat(reason).contains("field 'platform' must be one of \"web\", \"desktop\", \"mobile\" but was \"tv\"")
			.contains("field 'country' must be an ISO 3166-1 alpha-2 country code");
	}

	@Test
	void shouldRejectEmptyStrings() {
		assertThat(rejectPurchase((json) -> json.put("userId", ""))).contains("field 'userId' must not be empty");
	}

	@Test
	void shouldRejectWrongJsonTypes() {
		assertThat(rejectPurchase((json) -> json.put("userId", 7))).contains("field 'userId' must be a string");
		assertThat(rejectPurchase((json) -> json.put("totalCents", "2498")))
			.contains("field 'totalCents' must be a whole number");
		assertThat(reject(SampleEvents.cartAdd(), (json) -> json.put("priceCents", 3_000_000_000L)))
			.contains("field 'priceCents' must be at most 2147483647");
	}

	@Test
	void shouldRejectSearchViewWithoutSearchIdAndOtherViewWithOne() {
		assertThat(reject(SampleEvents.viewFromSearch(), (json) -> json.remove("searchId")))
			.contains("missing required field 'searchId' (required when source is \"search\")");
		assertThat(reject(SampleEvents.viewFromBrowse(), (json) -> json.put("searchId", "q-9")))
			.contains("field 'searchId' must be absent when source is \"browse\"");
	}

	@Test
	void shouldRejectUnknownViewSourceAndAction() {
		assertThat(reject(SampleEvents.viewFromBrowse(), (json) -> json.put("source", "ad")))
			.contains("field 'source' must be one of");
		assertThat(reject(SampleEvents.wishlistAdd(), (json) -> json.put("action", "toggle")))
			.contains("field 'action' must be one of \"add\", \"remove\" but was \"toggle\"");
	}

	@Test
	void shouldRejectNegativeCartPrice() {
		assertThat(reject(SampleEvents.cartAdd(), (json) -> json.put("priceCents", -1)))
			.contains("field 'priceCents' must not be negative but was -1");
	}

	@Test
	void shouldRejectPurchaseWhoseTotalIsNotTheSumOfItems() {
		assertThat(rejectPurchase((json) -> json.put("totalCents", 100)))
			.contains("field 'totalCents' must equal the sum of item prices (2498) but was 100");
	}

	@Test
	void shouldRejectPurchaseWithoutItemsOrWithBadItem() {
		assertThat(rejectPurchase((json) -> json.putArray("items"))).contains("field 'items' must not be empty");
		assertThat(rejectPurchase((json) -> ((ObjectNode) json.get("items").get(1)).remove("gameId")))
			.contains("missing required field 'items[1].gameId'");
	}

	@Test
	void shouldRejectOtherCurrencyAndPaymentMethod() {
		assertThat(rejectPurchase((json) -> json.put("currency", "EUR").put("paymentMethod", "cash")))
			.contains("field 'currency' must be \"USD\" but was \"EUR\"")
			.contains("field 'paymentMethod' must be one of");
	}

	@Test
	void shouldRejectSearchBreakingItsRules() {
		assertThat(reject(SampleEvents.search(), (json) -> json.put("query", "x".repeat(201))))
			.contains("field 'query' must be at most 200 characters but had 201");
		assertThat(reject(SampleEvents.search(), (json) -> json.put("resultCount", 0)))
			.contains("field 'resultGameIds' must be empty exactly when resultCount is 0");
		assertThat(reject(SampleEvents.search(), (json) -> {
			ArrayNode ids = json.putArray("resultGameIds");
			for (int i = 0; i < 11; i++) {
				ids.add("g-" + i);
			}
		})).contains("field 'resultGameIds' must hold at most 10 ids but had 11");
	}

	@Test
	void shouldReportEveryProblemOfARecord() {
		String reason = rejectPurchase((json) -> {
			json.remove("userId");
			json.remove("orderId");
		});
		assertThat(reason).contains("'userId'").contains("'orderId'").contains("; ");
	}

	@Test
	void shouldIgnoreUnknownExtraFields() {
		ParseResult result = parse(SampleEvents.purchase(), (json) -> json.put("coupon", "BLACKFRIDAY"));
		assertThat(result).isEqualTo(new ParseResult.Accepted(SampleEvents.purchase()));
	}

	@Test
	void shouldAcceptAnyNonEmptyGameId() {
		ParseResult result = parse(SampleEvents.cartAdd(), (json) -> json.put("gameId", "not-in-catalog"));
		assertThat(result).isInstanceOf(ParseResult.Accepted.class);
	}

	private String rejectPurchase(Consumer<ObjectNode> change) {
		return reject(SampleEvents.purchase(), change);
	}

	private String reject(StoreEvent event, Consumer<ObjectNode> change) {
		ParseResult result = parse(event, change);
		assertThat(result).isInstanceOf(ParseResult.Rejected.class);
		return ((ParseResult.Rejected) result).reason();
	}

	private ParseResult parse(StoreEvent event, Consumer<ObjectNode> change) {
		ObjectNode json = (ObjectNode) EventJson.mapper().readTree(bytes(event));
		change.accept(json);
		return this.parser.parse(event.eventType().topic(), event.sessionId(),
				EventJson.mapper().writeValueAsBytes(json));
	}

	private String reason(String topic, String key, byte[] value) {
		ParseResult result = this.parser.parse(topic, key, value);
		assertThat(result).isInstanceOf(ParseResult.Rejected.class);
		return ((ParseResult.Rejected) result).reason();
	}

	private static byte[] bytes(StoreEvent event) {
		return EventJson.mapper().writeValueAsBytes(event);
	}

	/** A clock that shows whatever time it was last set to. */
	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("always UTC");
		}

	}

}
