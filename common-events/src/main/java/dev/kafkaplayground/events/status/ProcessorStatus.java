package dev.kafkaplayground.events.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One processor instance as it reports itself on
 * {@link dev.kafkaplayground.events.topics.Topics#PROCESSOR_STATUS}, keyed by
 * {@code instanceId}. Field names are part of the contract: the dashboard reads them.
 *
 * @param instanceId the instance's own id, also the record key
 * @param state the Kafka Streams state ({@code RUNNING}, {@code REBALANCING},
 * {@code PENDING_SHUTDOWN}, {@code ERROR}, ...) or {@code NOT_STARTED}
 * @param host host name the instance runs on
 * @param port HTTP port of the instance (health, metrics)
 * @param activeTasks Kafka Streams task ids this instance runs, e.g. {@code 0_3}, sorted
 * @param standbyTasks task ids it keeps standby replicas of, sorted
 * @param partitions the input partitions of its active tasks, by topic, sorted
 * @param processed records read from the store topics since the instance started
 * @param deadLettered of those, records sent to the dead-letter topic
 * @param lateDropped events dropped as later than the grace period by the window
 * aggregation, when this instance runs it
 * @param lastRebalance the last rebalance that ended on this instance, or null before the
 * first
 * @param updatedAt when the instance assembled this record
 */
@JsonPropertyOrder({ "instanceId", "state", "host", "port", "activeTasks", "standbyTasks", "partitions", "processed",
		"deadLettered", "lateDropped", "lastRebalance", "updatedAt" })
public record ProcessorStatus(String instanceId, String state, String host, int port, List<String> activeTasks,
		List<String> standbyTasks, Map<String, List<Integer>> partitions, long processed, long deadLettered,
		long lateDropped, Rebalance lastRebalance, Instant updatedAt) {

	public ProcessorStatus {
		activeTasks = List.copyOf(activeTasks);
		standbyTasks = List.copyOf(standbyTasks);
		partitions = Rebalance.copy(partitions);
	}

}
