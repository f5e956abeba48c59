package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.dashboard.pipeline.ClusterRead.Group;
import dev.kafkaplayground.dashboard.pipeline.GroupView.PartitionLag;
import dev.kafkaplayground.dashboard.pipeline.GroupView.TotalLag;
import dev.kafkaplayground.dashboard.pipeline.TopicView.PartitionView;
import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * Turns what a poll read into the figures shown: rates from two consecutive reads, lag
 * from committed and end offsets, members named after their instances.
 */
final class PipelineAssembler {

	private static final Comparator<TopicPartition> BY_TOPIC_AND_NUMBER = Comparator.comparing(TopicPartition::topic)
		.thenComparingInt(TopicPartition::partition);

	private PipelineAssembler() {
	}

	/**
	 * The topics of {@code read}, with rates since {@code previous} (null on the first
	 * poll).
	 */
	static List<TopicView> topics(ClusterRead read, ClusterRead previous) {
		return read.topics().stream().map((topic) -> topic(topic, read, previous)).toList();
	}

	/** The group of {@code read}, its members named after {@code instances}; or null. */
	static GroupView group(ClusterRead read, List<ProcessorStatus> instances) {
		Group group = read.group();
		if (group == null) {
			return null;
		}
		List<PartitionLag> lag = group.committed()
			.keySet()
			.stream()
			.filter(read.endOffsets()::containsKey)
			.sorted(BY_TOPIC_AND_NUMBER)
			.map((partition) -> lag(partition, read, group))
			.toList();
		return new GroupView(group.groupId(), group.state(), MemberInstances.name(group.members(), instances), lag,
				TotalLag.of(lag));
	}

	private static TopicView topic(String topic, ClusterRead read, ClusterRead previous) {
		List<PartitionView> partitions = read.endOffsets()
			.keySet()
			.stream()
			.filter((partition) -> partition.topic().equals(topic))
			.sorted(BY_TOPIC_AND_NUMBER)
			.map((partition) -> new PartitionView(partition.partition(), read.endOffsets().get(partition),
					rate(partition, read, previous)))
			.toList();
		long endOffset = partitions.stream().mapToLong(PartitionView::endOffset).sum();
		boolean allRated = !partitions.isEmpty()
				&& partitions.stream().allMatch((partition) -> partition.ratePerSecond() != null);
		Double rate = allRated ? partitions.stream().mapToDouble(PartitionView::ratePerSecond).sum() : null;
		return new TopicView(topic, TopicRole.of(topic), endOffset, rate, partitions);
	}

	// null without an earlier read of the partition, or if its end moved back (the topic
	// was deleted and created again)
	private static Double rate(TopicPartition partition, ClusterRead read, ClusterRead previous) {
		if (previous == null || !previous.endOffsets().containsKey(partition)) {
			return null;
		}
		long written = read.endOffsets().get(partition) - previous.endOffsets().get(partition);
		double seconds = Duration.between(previous.at(), read.at()).toNanos() / 1e9;
		return (written >= 0 && seconds > 0) ? written / seconds : null;
	}

	private static PartitionLag lag(TopicPartition partition, ClusterRead read, Group group) {
		long committed = group.committed().get(partition);
		long end = read.endOffsets().get(partition);
		long messages = Math.max(0, end - committed);
		return new PartitionLag(partition.topic(), partition.partition(), committed, end, messages,
				seconds(messages, group.oldestUnread().get(partition), read));
	}

	// the age of the oldest record not yet read; a timestamp ahead of the clock is 0
	private static Double seconds(long messages, Long oldestUnread, ClusterRead read) {
		if (messages == 0) {
			return 0.0;
		}
		if (oldestUnread == null) {
			return null;
		}
		return Math.max(0, read.at().toEpochMilli() - oldestUnread) / 1000.0;
	}

}
