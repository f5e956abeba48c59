package dev.kafkaplayground.generator.faults;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

import static org.assertj.core.api.Assertions.assertThat;

class PoisonPillTests {

	/** The reader's clock reads the events' time: they were generated just now. */
	private final StoreEventParser parser = new StoreEventParser(Clock.fixed(ValidEvents.NOW, ZoneOffset.UTC));

	@ParameterizedTest
	@EnumSource(PoisonPill.class)
	void shouldBeRejectedByTheContract(PoisonPill pill) {
		for (StoreEvent event : ValidEvents.all()) {
			byte[] validJson = EventJson.mapper().writeValueAsBytes(event);
			assertThat(parse(StandIns.valid(event, validJson))).as("valid %s", event)
				.isEqualTo(new ParseResult.Accepted(event));

			assertThat(parse(pill.make(event, validJson))).as("%s made from %s", pill, event)
				.isInstanceOf(ParseResult.Rejected.class);
		}
	}

	@ParameterizedTest
	@EnumSource(PoisonPill.class)
	void shouldBreakOnlyTheRuleItIsNamedFor(PoisonPill pill) {
		for (StoreEvent event : ValidEvents.all()) {
			PoisonRecord record = pill.make(event, EventJson.mapper().writeValueAsBytes(event));

			assertThat(parse(record)).as("%s made from %s", pill, event).isInstanceOf(ParseResult.Rejected.class);
			String reason = ((ParseResult.Rejected) parse(record)).reason();
			assertThat(reason).as("%s made from %s", pill, event).startsWith(expectedProblem(pill));
			if (pill != PoisonPill.BROKEN_JSON) {
				// The parser joins problems with "; ", as Jackson's own message about
				// broken JSON happens to do too.
				assertThat(reason).as("%s made from %s", pill, event).doesNotContain("; ");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(PoisonPill.class)
	void shouldLeaveTheValidJsonAsItWas(PoisonPill pill) {
		for (StoreEvent event : ValidEvents.all()) {
			byte[] validJson = EventJson.mapper().writeValueAsBytes(event);

			pill.make(event, validJson);

			assertThat(validJson).isEqualTo(EventJson.mapper().writeValueAsBytes(event));
		}
	}

	@Test
	void shouldMakeADifferentRecordForEveryKind() {
		for (StoreEvent event : ValidEvents.all()) {
			byte[] validJson = EventJson.mapper().writeValueAsBytes(event);
			List<PoisonRecord> records = Arrays.stream(PoisonPill.values())
				.map((pill) -> pill.make(event, validJson))
				.toList();

			assertThat(records).as("made from %s", event)
				.doesNotHaveDuplicates()
				.doesNotContain(StandIns.valid(event, validJson));
		}
	}

	@Test
	void shouldOfferAtLeastTwelveKinds() {
		assertThat(PoisonPill.values()).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void shouldNameAndDescribeEveryKind() {
		Set<String> wireNames = Arrays.stream(PoisonPill.values())
			.map(PoisonPill::wireName)
			.collect(Collectors.toSet());

		assertThat(wireNames).hasSameSizeAs(PoisonPill.values()).allMatch((name) -> name.matches("[a-z]+(-[a-z]+)*"));
		assertThat(PoisonPill.BROKEN_JSON.wireName()).isEqualTo("broken-json");
		assertThat(PoisonPill.values()).allSatisfy((pill) -> {
			assertThat(PoisonPill.fromWireName(pill.wireName())).contains(pill);
			assertThat(pill.description()).isNotBlank();
		});
		assertThat(PoisonPill.fromWireName("BROKEN_JSON")).isEmpty();
	}

	private ParseResult parse(PoisonRecord record) {
		return this.parser.parse(record.topic(), record.key(), record.value());
	}

	/**
	 * The start of the one problem the contract must find, in the words of its reason.
	 */
	private static String expectedProblem(PoisonPill pill) {
		return switch (pill) {
			case BROKEN_JSON -> "value is not valid JSON";
			case NOT_AN_OBJECT, EMPTY_VALUE -> "value must be a JSON object";
			case TOMBSTONE -> "record value is null";
			case MISSING_FIELD -> "missing required field 'sessionId'";
			case UNKNOWN_EVENT_TYPE -> "field 'eventType' must be one of";
			case WRONG_FIELD_TYPE -> "field 'userId' must be a string";
			case NEGATIVE_PRICE -> "field 'priceCents' must not be negative";
			case WRONG_TOTAL -> "field 'totalCents' must equal the sum of item prices";
			case OVERSIZED_QUERY -> "field 'query' must be at most 200 characters";
			case TOO_MANY_RESULTS -> "field 'resultGameIds' must hold at most 10 ids but had 11";
			case NULL_KEY -> "record key null must equal sessionId";
			case KEY_MISMATCH -> "record key \"";
			case WRONG_TOPIC -> "eventType \"";
			case BAD_TIMESTAMP -> "field 'occurredAt' must be an RFC 3339 instant";
			case FUTURE_TIMESTAMP -> "field 'occurredAt' must not be more than 1 hour in the future";
			case INVALID_UUID -> "field 'eventId' must be a UUID string";
			case UNKNOWN_COUNTRY -> "field 'country' must be an ISO 3166-1 alpha-2 country code";
		};
	}

}
