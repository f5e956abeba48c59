package dev.kafkaplayground.dashboard.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.kafkaplayground.dashboard.instances.InstanceChange.Removal;
import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * The processor instances that are there: the latest status record of each, by instance
 * id. A tombstone removes an instance; so does silence: an instance whose last record's
 * {@code updatedAt} is more than {@code timeout} old is gone (a crashed instance sends no
 * tombstone). Memory is bounded by the instances that reported within the timeout.
 * Thread-safe; the caller says what time it is.
 */
class InstanceTable {

	private final Map<String, ProcessorStatus> instances = new TreeMap<>();

	private final Duration timeout;

	InstanceTable(Duration timeout) {
		if (timeout.isZero() || timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must be positive but was " + timeout);
		}
		this.timeout = timeout;
	}

	/**
	 * Takes a record of the status topic.
	 * @param instanceId the record's key
	 * @param status its value, null for a tombstone
	 * @return the change, if any: none for a tombstone of an instance not held, a record
	 * already too old, or one older than the record held
	 */
	synchronized Optional<InstanceChange> offer(String instanceId, ProcessorStatus status, Instant now) {
		if (status == null) {
			return (this.instances.remove(instanceId) != null)
					? Optional.of(InstanceChange.removed(instanceId, Removal.STOPPED)) : Optional.empty();
		}
		ProcessorStatus current = this.instances.get(instanceId);
		if (isStale(status, now) || (current != null && status.updatedAt().isBefore(current.updatedAt()))) {
			return Optional.empty();
		}
		this.instances.put(instanceId, status);
		return Optional.of(InstanceChange.reported(instanceId, status));
	}

	/** Removes the instances that have gone silent. */
	synchronized List<InstanceChange> expire(Instant now) {
		List<InstanceChange> removed = new ArrayList<>();
		Iterator<Map.Entry<String, ProcessorStatus>> entries = this.instances.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, ProcessorStatus> entry = entries.next();
			if (isStale(entry.getValue(), now)) {
				entries.remove();
				removed.add(InstanceChange.removed(entry.getKey(), Removal.STALE));
			}
		}
		return removed;
	}

	/** The latest status of every instance that is there, by instance id. */
	synchronized List<ProcessorStatus> current(Instant now) {
		return this.instances.values().stream().filter((status) -> !isStale(status, now)).toList();
	}

	private boolean isStale(ProcessorStatus status, Instant now) {
		return status.updatedAt().plus(this.timeout).isBefore(now);
	}

}
