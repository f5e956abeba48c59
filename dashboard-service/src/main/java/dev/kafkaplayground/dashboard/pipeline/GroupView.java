package dev.kafkaplayground.dashboard.pipeline;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The processor's consumer group in {@code /api/pipeline}.
 *
 * @param groupId the group, {@code playground.dashboard.processor-group}
 * @param state Kafka's name of its state ({@code STABLE}, {@code PREPARING_REBALANCE},
 * {@code EMPTY}, ...)
 * @param members its members, by member id
 * @param lag per partition with a committed offset, by topic and partition
 * @param totalLag the sum of {@code messages}, the largest {@code seconds}
 */
@JsonPropertyOrder({ "groupId", "state", "members", "lag", "totalLag" })
public record GroupView(String groupId, String state, List<Member> members, List<PartitionLag> lag, TotalLag totalLag) {

	public GroupView {
		members = List.copyOf(members);
		lag = List.copyOf(lag);
	}

	/**
	 * A member of the group: one consumer, for Kafka Streams one stream thread.
	 *
	 * @param memberId the id the group coordinator gave it
	 * @param clientId its {@code client.id}
	 * @param host the address it connects from
	 * @param instanceId the processor instance it belongs to, or null if unknown
	 * @param partitions the partitions assigned to it, by topic, sorted
	 */
	@JsonPropertyOrder({ "memberId", "clientId", "host", "instanceId", "partitions" })
	public record Member(String memberId, String clientId, String host, String instanceId,
			Map<String, List<Integer>> partitions) {

		public Member {
			partitions = Partitions.copy(partitions);
		}

		Member withInstanceId(String id) {
			return new Member(this.memberId, this.clientId, this.host, id, this.partitions);
		}

	}

	/**
	 * How far the group is behind on one partition.
	 *
	 * @param topic the topic
	 * @param partition the partition
	 * @param committedOffset the group's committed offset: the next record it will read
	 * @param endOffset the partition's end offset
	 * @param messages records not yet read, {@code endOffset - committedOffset}, at least
	 * 0
	 * @param seconds the age of the oldest record not yet read (now minus its timestamp),
	 * 0 when {@code messages} is 0, null when it could not be read
	 */
	@JsonPropertyOrder({ "topic", "partition", "committedOffset", "endOffset", "messages", "seconds" })
	public record PartitionLag(String topic, int partition, long committedOffset, long endOffset, long messages,
			Double seconds) {

	}

	/**
	 * The lag of the whole group.
	 *
	 * @param messages the sum over partitions
	 * @param seconds the largest over partitions, null if none is known
	 */
	@JsonPropertyOrder({ "messages", "seconds" })
	public record TotalLag(long messages, Double seconds) {

		static TotalLag of(List<PartitionLag> lag) {
			long messages = lag.stream().mapToLong(PartitionLag::messages).sum();
			Double seconds = lag.stream()
				.map(PartitionLag::seconds)
				.filter((value) -> value != null)
				.max(Double::compare)
				.orElse(null);
			return new TotalLag(messages, seconds);
		}

	}

}
