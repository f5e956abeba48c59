package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;
import java.time.Instant;

import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.dashboard.instances.InstanceChange;
import dev.kafkaplayground.dashboard.pipeline.Pipeline;
import dev.kafkaplayground.events.json.EventJson;

/**
 * The events of {@code /api/stream}. Data is written with the contract's mapper, so the
 * browser sees exactly the JSON that is on the topic.
 */
final class SseEvents {

	static final String METRICS = "metrics";

	static final String TRUTH = "truth";

	static final String PIPELINE = "pipeline";

	static final String STATUS = "status";

	static final String HEARTBEAT = "heartbeat";

	private SseEvents() {
	}

	/**
	 * A window or a minute, with its id: a reconnecting browser's {@code Last-Event-ID}
	 * says which of them it has.
	 */
	static SseFrame resumable(String name, Stamped<?> record) {
		return event(name, Long.toString(record.id()), record.value());
	}

	/**
	 * A processor instance reported, or is gone. Without an id: a browser gets every
	 * instance on every connect.
	 */
	static SseFrame status(InstanceChange change) {
		return event(STATUS, null, change);
	}

	/** The whole pipeline, as {@code /api/pipeline} has it. */
	static SseFrame pipeline(Pipeline pipeline) {
		return event(PIPELINE, null, pipeline);
	}

	/** Tells the browser the stream is alive and when to expect the next heartbeat. */
	static SseFrame heartbeat(Instant now, Duration interval) {
		return event(HEARTBEAT, null, new Heartbeat(now, interval.toMillis()));
	}

	private static SseFrame event(String name, String id, Object data) {
		return SseFrame.of(name, id, EventJson.mapper().writeValueAsString(data));
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
