package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.codec.ServerSentEvent;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * The events of {@code /api/stream}. Data is written with the contract's mapper, so the
 * browser sees exactly the JSON that is on the topic.
 */
final class SseEvents {

	static final String METRICS = "metrics";

	static final String HEARTBEAT = "heartbeat";

	private SseEvents() {
	}

	/**
	 * A window's figures. The id names the window and the publication, so that a
	 * reconnecting browser's {@code Last-Event-ID} says what it had last.
	 */
	static ServerSentEvent<String> metrics(WindowMetrics metrics) {
		return ServerSentEvent.<String>builder()
			.event(METRICS)
			.id(EventTime.format(metrics.windowStart()) + "/" + EventTime.format(metrics.updatedAt()))
			.data(EventJson.mapper().writeValueAsString(metrics))
			.build();
	}

	/** Tells the browser the stream is alive and when to expect the next heartbeat. */
	static ServerSentEvent<String> heartbeat(Instant now, Duration interval) {
		return ServerSentEvent.<String>builder()
			.event(HEARTBEAT)
			.data(EventJson.mapper().writeValueAsString(new Heartbeat(now, interval.toMillis())))
			.build();
	}

	/**
	 * Data of a heartbeat event.
	 *
	 * @param serverTime when the server sent it
	 * @param intervalMillis time until the next one
	 */
	record Heartbeat(Instant serverTime, long intervalMillis) {

	}

}
