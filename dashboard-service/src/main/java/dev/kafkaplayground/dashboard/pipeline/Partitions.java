package dev.kafkaplayground.dashboard.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.common.TopicPartition;

/** Partitions by topic, as the pipeline's JSON writes them: sorted, immutable. */
final class Partitions {

	private Partitions() {
	}

	static Map<String, List<Integer>> copy(Map<String, List<Integer>> partitions) {
		Map<String, List<Integer>> copy = new TreeMap<>();
		partitions.forEach((topic, numbers) -> copy.put(topic, numbers.stream().sorted().toList()));
		return Collections.unmodifiableMap(copy);
	}

	static Map<String, List<Integer>> byTopic(Collection<TopicPartition> partitions) {
		Map<String, SortedSet<Integer>> sorted = new TreeMap<>();
		partitions.forEach((partition) -> sorted.computeIfAbsent(partition.topic(), (topic) -> new TreeSet<>())
			.add(partition.partition()));
		Map<String, List<Integer>> byTopic = new TreeMap<>();
		sorted.forEach((topic, numbers) -> byTopic.put(topic, List.copyOf(numbers)));
		return Collections.unmodifiableMap(byTopic);
	}

	static SortedSet<TopicPartition> flat(Map<String, List<Integer>> partitions) {
		SortedSet<TopicPartition> flat = new TreeSet<>(
				Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
		partitions.forEach((topic, numbers) -> numbers.forEach((n) -> flat.add(new TopicPartition(topic, n))));
		return flat;
	}

	static int count(Map<String, List<Integer>> partitions) {
		return partitions.values().stream().mapToInt(List::size).sum();
	}

}
