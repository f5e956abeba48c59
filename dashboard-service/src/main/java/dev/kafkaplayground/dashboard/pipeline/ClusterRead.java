package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;

/**
 * What one poll read from Kafka, as it came.
 *
 * @param at when the reading finished
 * @param topics the topics shown, in the order shown
 * @param endOffsets the end offset of every partition of those topics and of every
 * partition the group has committed an offset for
 * @param deadLetters the committed records on the dead-letter topic
 * @param group the processor's group, null if it does not exist
 */
record ClusterRead(Instant at, List<String> topics, Map<TopicPartition, Long> endOffsets, long deadLetters,
		Group group) {

	ClusterRead {
		topics = List.copyOf(topics);
		endOffsets = Map.copyOf(endOffsets);
	}

	/**
	 * The group as read.
	 *
	 * @param groupId the group
	 * @param state Kafka's name of its state
	 * @param members its members, without instance ids
	 * @param committed its committed offsets
	 * @param oldestUnread the timestamp of the record at the committed offset, for the
	 * partitions with records not yet read whose record could be read
	 */
	record Group(String groupId, String state, List<Member> members, Map<TopicPartition, Long> committed,
			Map<TopicPartition, Long> oldestUnread) {

		Group {
			members = List.copyOf(members);
			committed = Map.copyOf(committed);
			oldestUnread = Map.copyOf(oldestUnread);
		}

	}

}
