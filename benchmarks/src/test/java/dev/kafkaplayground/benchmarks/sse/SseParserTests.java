package dev.kafkaplayground.benchmarks.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseParserTests {

	private final List<SseEvent> events = new ArrayList<>();

	private final SseParser parser = new SseParser(this.events::add);

	@Test
	void shouldReadTheEventsAsSpringWritesThem() {
		feed("event:metrics\nid:2026-11-24T15:41:00.000Z/1\ndata:{\"a\":1}\n\nevent:heartbeat\ndata:{}\n\n");

		assertThat(this.events).containsExactly(new SseEvent("metrics", "{\"a\":1}"), new SseEvent("heartbeat", "{}"));
	}

	@Test
	void shouldJoinAnEventSplitAnywhereAcrossChunks() {
		String stream = "event: metrics\r\ndata: {\"windowStart\":\"x\"}\r\n\r\n";
		for (int split = 1; split < stream.length(); split++) {
			this.events.clear();
			SseParser fresh = new SseParser(this.events::add);
			byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
			fresh.feed(bytes, 0, split);
			fresh.feed(bytes, split, bytes.length - split);

			assertThat(this.events).as("split at %d", split)
				.containsExactly(new SseEvent("metrics", "{\"windowStart\":\"x\"}"));
		}
	}

	@Test
	void shouldJoinDataLinesWithLineFeedsAndDropOneLeadingSpace() {
		feed("data:  first\rdata:second\n\n");

		assertThat(this.events).containsExactly(new SseEvent("message", " first\nsecond"));
	}

	@Test
	void shouldIgnoreCommentsOtherFieldsAndEventsWithoutData() {
		feed(": a comment\nretry:100\n\nevent:empty\n\nevent:status\nid:7\ndata:x\n\n");

		assertThat(this.events).containsExactly(new SseEvent("status", "x"));
	}

	@Test
	void shouldNotDispatchAnEventBeforeItsBlankLine() {
		feed("event:metrics\ndata:{}\n");

		assertThat(this.events).isEmpty();
		feed("\n");
		assertThat(this.events).hasSize(1);
	}

	@Test
	void shouldReadLinesLongerThanItsFirstBuffer() {
		String data = "x".repeat(200_000);
		feed("event:metrics\ndata:" + data + "\n\n");

		assertThat(this.events).singleElement().extracting(SseEvent::data).isEqualTo(data);
	}

	private void feed(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		this.parser.feed(bytes, 0, bytes.length);
	}

}
