package dev.kafkaplayground.dashboard.stream;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseFrameTests {

	@Test
	void shouldEncodeAnEventWithItsIdNameAndData() {
		SseFrame frame = SseFrame.of("metrics", "42", "{\"orders\":3,\"title\":\"Café\"}");

		assertThat(new String(frame.bytes(), StandardCharsets.UTF_8))
			.isEqualTo("id:42\nevent:metrics\ndata:{\"orders\":3,\"title\":\"Café\"}\n\n");
		assertThat(frame.bytes()).as("UTF-8").contains((byte) 0xC3, (byte) 0xA9);
	}

	@Test
	void shouldLeaveOutAMissingId() {
		assertThat(new String(SseFrame.of("pipeline", null, "{}").bytes(), StandardCharsets.UTF_8))
			.isEqualTo("event:pipeline\ndata:{}\n\n");
	}

	@Test
	void shouldSendEachLineOfTheDataAsADataFieldOfItsOwn() {
		assertThat(new String(SseFrame.of("status", null, "a\nb\r\nc").bytes(), StandardCharsets.UTF_8))
			.isEqualTo("event:status\ndata:a\ndata:b\ndata:c\n\n");
	}

}
