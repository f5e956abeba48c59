package dev.kafkaplayground.dashboard.stream;

import java.util.List;

import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.dashboard.instances.InstanceChange;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * A change on its way to one browser: the event it becomes, the key whose older versions
 * it replaces, its id and its data.
 *
 * @param event the SSE event name
 * @param key versions with the same key replace each other in a slow browser's buffer
 * @param id its id from {@code EventIds}; higher is later
 * @param data the record
 */
record Change(String event, List<Object> key, long id, Object data) {

	static Change metrics(Stamped<WindowMetrics> window) {
		return new Change(SseEvents.METRICS, List.of(SseEvents.METRICS, window.value().windowStart()), window.id(),
				window.value());
	}

	static Change truth(Stamped<MinuteTruth> minute) {
		return new Change(SseEvents.TRUTH, List.of(SseEvents.TRUTH, minute.value().windowStart()), minute.id(),
				minute.value());
	}

	static Change status(Stamped<InstanceChange> change) {
		return new Change(SseEvents.STATUS, List.of(SseEvents.STATUS, change.value().instanceId()), change.id(),
				change.value());
	}

}
