package dev.kafkaplayground.processor.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.DeadLetterHeaders;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.processor.StoreEvents;
import dev.kafkaplayground.processor.TopologyFixture;

import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract check and dead-letter routing, through the production topology so that the
 * tests also see that valid events keep flowing.
 */
class DeadLetterRoutingTests {

	private static final Instant AT = Instant.parse("2026-11-24T12:00:10Z");

	private final TopologyFixture fixture = new TopologyFixture();

	@AfterEach
	void closeDriver() {
		this.fixture.close();
	}

	@Test
	void shouldSendInvalidJsonToDeadLettersWithReasonOriginKeyAndOriginalBytes() {
		byte[] value = "{\"eventType\": \"purchase\",".getBytes(StandardCharsets.UTF_8);

		this.fixture.send(Topics.PURCHASES, "s-1", value, AT);

		TestRecord<String, byte[]> deadLetter = singleDeadLetter();
		assertThat(deadLetter.key()).isEqualTo("s-1");
		assertThat(deadLetter.value()).isEqualTo(value);
		assertThat(deadLetter.timestamp()).isEqualTo(AT.toEpochMilli());
		assertThat(header(deadLetter.headers(), DeadLetterHeaders.REASON)).startsWith("value is not valid JSON");
		assertThat(header(deadLetter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.PURCHASES);
		assertThat(header(deadLetter.headers(), DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
		assertThat(header(deadLetter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
	}

	@Test
	void shouldRejectAnEventWithAMissingField() {
		ObjectNode json = (ObjectNode) EventJson.mapper().readTree(StoreEvents.json(pageView("s-1", AT)));
		json.remove("userId");

		this.fixture.send(Topics.GAME_VIEWS, "s-1", json.toString(), AT);

		assertThat(reason(singleDeadLetter())).contains("missing required field 'userId'");
	}

	@Test
	void shouldRejectAnEventOnTheTopicOfAnotherEventType() {
		this.fixture.send(Topics.GAME_VIEWS, "s-1", StoreEvents.json(purchase("s-1", AT, 999)), AT);

		TestRecord<String, byte[]> deadLetter = singleDeadLetter();
		assertThat(reason(deadLetter)).contains("belongs on topic store.purchases");
		assertThat(header(deadLetter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.GAME_VIEWS);
	}

	@Test
	void shouldRejectARecordWhoseKeyIsNotTheSessionId() {
		this.fixture.send(Topics.GAME_VIEWS, "someone-else", StoreEvents.json(pageView("s-1", AT)), AT);

		TestRecord<String, byte[]> deadLetter = singleDeadLetter();
		assertThat(deadLetter.key()).isEqualTo("someone-else");
		assertThat(reason(deadLetter)).contains("must equal sessionId \"s-1\"");
	}

	@Test
	void shouldRejectATombstone() {
		this.fixture.send(Topics.SEARCHES, "s-1", (String) null, AT);

		TestRecord<String, byte[]> deadLetter = singleDeadLetter();
		assertThat(deadLetter.value()).isNull();
		assertThat(reason(deadLetter)).contains("null");
	}

	@Test
	void shouldRejectEventsTooFarAheadOfTheProcessorClock() {
		Instant nextDay = TopologyFixture.WALL_CLOCK_START.plus(Duration.ofDays(1));

		this.fixture.send(pageView("s-1", nextDay));

		assertThat(reason(singleDeadLetter())).contains("must not be more than PT1H ahead");
		assertThat(this.fixture.store("window-metrics").approximateNumEntries()).isZero();
	}

	@Test
	void shouldRejectEventsBefore1970() {
		byte[] value = StoreEvents.json(pageView("s-1", Instant.parse("1969-12-31T23:59:59Z")));

		this.fixture.send(Topics.GAME_VIEWS, "s-1", value, AT);

		assertThat(reason(singleDeadLetter())).contains("must not be before 1970");
	}

	@Test
	void shouldReplaceDeadLetterHeadersAnIncomingRecordAlreadyCarries() {
		this.fixture.send(Topics.CART_EVENTS, "s-1", "[]".getBytes(StandardCharsets.UTF_8), AT,
				new RecordHeader(DeadLetterHeaders.REASON, "forged".getBytes(StandardCharsets.UTF_8)),
				new RecordHeader("trace-id", "abc".getBytes(StandardCharsets.UTF_8)));

		Headers headers = singleDeadLetter().headers();
		assertThat(headers.headers(DeadLetterHeaders.REASON)).hasSize(1);
		assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("value must be a JSON object");
		assertThat(header(headers, "trace-id")).isEqualTo("abc");
	}

	@Test
	void shouldKeepProcessingValidEventsAroundRejectedOnes() {
		Purchase order = purchase("s-1", AT, 1500);
		this.fixture.send(pageView("s-1", AT));
		this.fixture.send(Topics.PURCHASES, "s-1", "not json", AT);
		this.fixture.send(order);
		this.fixture.send(Topics.PURCHASES, "s-2", StoreEvents.json(order), AT);
		this.fixture.send(pageView("s-2", AT.plusSeconds(1)));

		this.fixture.advanceWallClock(Duration.ofSeconds(1));

		List<TestRecord<String, byte[]>> deadLetters = this.fixture.deadLetters();
		assertThat(deadLetters).extracting((record) -> header(record.headers(), DeadLetterHeaders.SOURCE_OFFSET))
			.containsExactly("0", "2");
		assertThat(this.fixture.metricsRecords()).singleElement().satisfies((record) -> {
			WindowMetrics metrics = record.value();
			assertThat(metrics.events()).containsEntry("game_page_viewed", 2L).containsEntry("purchase", 1L);
			assertThat(metrics.revenueCents()).isEqualTo(1500);
		});
		assertThat(this.fixture.analyticsMetricTotal("records-rejected-total")).isEqualTo(2.0);
	}

	private TestRecord<String, byte[]> singleDeadLetter() {
		List<TestRecord<String, byte[]>> deadLetters = this.fixture.deadLetters();
		assertThat(deadLetters).hasSize(1);
		return deadLetters.get(0);
	}

	private static String reason(TestRecord<String, byte[]> deadLetter) {
		return header(deadLetter.headers(), DeadLetterHeaders.REASON);
	}

	private static String header(Headers headers, String name) {
		return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
