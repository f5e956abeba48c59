package dev.kafkaplayground.dashboard.stream;

import java.util.List;

import dev.kafkaplayground.dashboard.feed.Stamped;
import dev.kafkaplayground.dashboard.instances.InstanceChange;
import dev.kafkaplayground.dashboard.metrics.HeldWindow;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * A change on its way to browsers: the key whose older versions it replaces, its id and
 * the event it is, written once for every browser that gets it.
 *
 * @param key versions with the same key replace each other in a slow browser's buffer
 * @param id its id from {@code EventIds}; higher is later
 * @param event the server-sent event, encoded once
 */
record Change(List<Object> key, long id, SseFrame event) {

	static Change metrics(Stamped<HeldWindow> window) {
		return new Change(List.of(SseEvents.METRICS, window.value().metrics().windowStart()), window.id(),
				SseEvents.resumable(SseEvents.METRICS, window));
	}

	static Change truth(Stamped<MinuteTruth> minute) {
		return new Change(List.of(SseEvents.TRUTH, minute.value().windowStart()), minute.id(),
				SseEvents.resumable(SseEvents.TRUTH, minute));
	}

	static Change status(Stamped<InstanceChange> change) {
		return new Change(List.of(SseEvents.STATUS, change.value().instanceId()), change.id(),
				SseEvents.status(change.value()));
	}

}
