package dev.kafkaplayground.processor.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The tasks an instance runs and the input partitions of its active tasks, sorted, as the
 * status record carries them.
 *
 * @param activeTasks task ids of the active tasks, e.g. {@code 0_3}
 * @param standbyTasks task ids of the standby tasks
 * @param partitions input partitions of the active tasks, by topic
 */
record Assignment(List<String> activeTasks, List<String> standbyTasks, Map<String, List<Integer>> partitions) {

	/** Before start-up and after shutdown. */
	static final Assignment NONE = new Assignment(List.of(), List.of(), Map.of());

	/** The assignment of every stream thread of the instance together. */
	static Assignment of(Collection<ThreadMetadata> threads) {
		SortedSet<TaskId> active = new TreeSet<>();
		SortedSet<TaskId> standby = new TreeSet<>();
		SortedMap<String, SortedSet<Integer>> partitions = new TreeMap<>();
		for (ThreadMetadata thread : threads) {
			for (TaskMetadata task : thread.activeTasks()) {
				active.add(task.taskId());
				for (TopicPartition partition : task.topicPartitions()) {
					partitions.computeIfAbsent(partition.topic(), (topic) -> new TreeSet<>())
						.add(partition.partition());
				}
			}
			thread.standbyTasks().forEach((task) -> standby.add(task.taskId()));
		}
		Map<String, List<Integer>> byTopic = new TreeMap<>();
		partitions.forEach((topic, numbers) -> byTopic.put(topic, List.copyOf(numbers)));
		return new Assignment(names(active), names(standby), byTopic);
	}

	private static List<String> names(SortedSet<TaskId> tasks) {
		return tasks.stream().map(TaskId::toString).toList();
	}

}
