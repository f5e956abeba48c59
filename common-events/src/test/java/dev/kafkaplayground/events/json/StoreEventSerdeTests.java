package dev.kafkaplayground.events.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.support.serializer.JacksonJsonSerde;

import dev.kafkaplayground.events.SampleEvents;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

import static org.assertj.core.api.Assertions.assertThat;

class StoreEventSerdeTests {

	private final JacksonJsonSerde<StoreEvent> serde = PlaygroundSerdes.storeEvents();

	static Stream<StoreEvent> events() {
		return Stream.concat(SampleEvents.oneOfEach().stream(), Stream.of(SampleEvents.viewFromBrowse()));
	}

	@ParameterizedTest
	@MethodSource("events")
	void shouldRoundTripEveryEventTypeThroughTheSerde(StoreEvent event) {
		byte[] bytes = this.serde.serializer().serialize(event.eventType().topic(), event);
		StoreEvent read = this.serde.deserializer().deserialize(event.eventType().topic(), bytes);
		assertThat(read).isEqualTo(event);
	}

	@ParameterizedTest
	@MethodSource("events")
	void shouldWriteWhatTheContractParserAccepts(StoreEvent event) {
		byte[] bytes = this.serde.serializer().serialize(event.eventType().topic(), event);
		ParseResult result = new StoreEventParser().parse(event.eventType().topic(), event.sessionId(), bytes);
		assertThat(result).isEqualTo(new ParseResult.Accepted(event));
	}

	@Test
	void shouldWriteEventTypeAndMillisecondUtcTime() {
		byte[] bytes = this.serde.serializer().serialize("t", SampleEvents.cartAdd());
		JsonNode json = EventJson.mapper().readTree(bytes);
		assertThat(json.get("eventType").stringValue()).isEqualTo("cart_action");
		assertThat(json.get("occurredAt").stringValue()).isEqualTo("2026-11-24T15:41:31.120Z");
		assertThat(json.get("platform").stringValue()).isEqualTo("web");
		assertThat(json.get("action").stringValue()).isEqualTo("add");
		assertThat(json.get("priceCents").intValue()).isEqualTo(1999);
	}

	@Test
	void shouldOmitSearchIdUnlessTheViewCameFromASearch() {
		String json = new String(this.serde.serializer().serialize("t", SampleEvents.viewFromBrowse()),
				StandardCharsets.UTF_8);
		assertThat(json).doesNotContain("searchId");
	}

	@Test
	void shouldWriteWholeSecondsWithMilliseconds() {
		assertThat(EventTime.format(java.time.Instant.parse("2026-01-01T00:00:00Z")))
			.isEqualTo("2026-01-01T00:00:00.000Z");
	}

	@Test
	void shouldNotAddTypeHeaders() {
		org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
		this.serde.serializer().serialize("t", headers, SampleEvents.search());
		assertThat(List.of(headers.toArray())).isEmpty();
	}

}
