package dev.kafkaplayground.dashboard.instances;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * A change to the set of processor instances: an instance reported its status, or it is
 * gone.
 *
 * @param instanceId the instance (the key of its status records)
 * @param status its latest status record as on the topic, or null when it is gone
 * @param removed null while the instance is there; why it is gone otherwise
 */
@JsonPropertyOrder({ "instanceId", "status", "removed" })
public record InstanceChange(String instanceId, ProcessorStatus status, Removal removed) {

	static InstanceChange reported(String instanceId, ProcessorStatus status) {
		return new InstanceChange(instanceId, status, null);
	}

	static InstanceChange removed(String instanceId, Removal reason) {
		return new InstanceChange(instanceId, null, reason);
	}

	/** Why an instance is gone. */
	public enum Removal {

		/** It stopped cleanly and sent a tombstone. */
		STOPPED,

		/**
		 * Its last record is older than {@code playground.dashboard.instance-timeout}: it
		 * crashed or cannot reach Kafka.
		 */
		STALE

	}

}
