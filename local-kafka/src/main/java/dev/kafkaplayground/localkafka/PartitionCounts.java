package dev.kafkaplayground.localkafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;

import dev.kafkaplayground.events.topics.Topics;

/**
 * Checks the partition counts of topics that existed before set-up. The store topics must
 * share one count, because partition p of each must hold the same sessions for the
 * processor to join them without a repartition.
 */
final class PartitionCounts {

	private PartitionCounts() {
	}

	/** A message explaining why the store topics cannot be used, if they cannot. */
	static Optional<String> storeTopicMismatch(List<TopicState> topics) {
		Map<String, Integer> counts = topics.stream()
			.filter((topic) -> Topics.STORE_TOPICS.contains(topic.name()))
			.collect(Collectors.toMap(TopicState::name, TopicState::partitions, (a, b) -> a, TreeMap::new));
		if (counts.values().stream().distinct().count() <= 1) {
			return Optional.empty();
		}
		String found = counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " has " + entry.getValue())
			.collect(Collectors.joining(", "));
		return Optional.of("The store topics must share one partition count but " + found
				+ ". Delete the store topics so that they are created again, or wipe the local broker's data"
				+ " (scripts/run-local.sh --reset).");
	}

	/**
	 * Topics whose partition count differs from the one asked for (each topic's own: the
	 * status topic has one partition whatever the others have).
	 */
	static List<TopicState> differentFrom(List<TopicState> topics, List<NewTopic> asked) {
		Map<String, Integer> counts = asked.stream().collect(Collectors.toMap(NewTopic::name, NewTopic::numPartitions));
		return topics.stream().filter((topic) -> topic.partitions() != counts.get(topic.name())).toList();
	}

}
