package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of the rebalance timeline in {@code /api/pipeline}.
 *
 * @param at when the dashboard saw the change (the poll that found it)
 * @param kind what changed
 * @param instanceId the processor instance concerned, or null
 * @param memberId the group member concerned, or null (a move concerns two)
 * @param partitions partitions gained ({@code JOINED}, {@code MOVED}, {@code RETURNED})
 * or lost ({@code LEFT}), by topic; empty for {@code STATE}
 * @param from for {@code MOVED}: the instance id of the previous owner, or its member id
 * if the instance is unknown; null otherwise
 * @param to for {@code MOVED}: the new owner, named the same way; null otherwise
 * @param detail the change in words
 */
@JsonPropertyOrder({ "at", "kind", "instanceId", "memberId", "partitions", "from", "to", "detail" })
public record RebalanceEntry(Instant at, Kind kind, String instanceId, String memberId,
		Map<String, List<Integer>> partitions, String from, String to, String detail) {

	public RebalanceEntry {
		partitions = Partitions.copy(partitions);
	}

	/** What changed. */
	public enum Kind {

		/** A member joined the group. */
		JOINED,

		/** A member left the group (or was removed after its session timed out). */
		LEFT,

		/** Partitions changed owner: another instance has them. */
		MOVED,

		/**
		 * Partitions went back to the instance that had them, now a new member of the
		 * group: the instance restarted.
		 */
		RETURNED,

		/** The group's state changed. */
		STATE

	}

}
