package dev.kafkaplayground.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.events.topics.Topics;

/**
 * The offsets of the five store topics, read with the Admin client: how much was written
 * (end offsets) and how much a consumer group has committed.
 *
 * @param partitions every partition of the store topics
 */
public record StoreOffsets(List<TopicPartition> partitions) {

	/** The store topics' partitions as the broker describes them now. */
	public static StoreOffsets of(Admin admin) throws InterruptedException, ExecutionException {
		List<TopicPartition> partitions = admin.describeTopics(Topics.STORE_TOPICS)
			.allTopicNames()
			.get()
			.values()
			.stream()
			.flatMap((topic) -> topic.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
			.toList();
		return new StoreOffsets(partitions);
	}

	/** The end offset of each partition. */
	public Map<TopicPartition, Long> endOffsets(Admin admin) throws InterruptedException, ExecutionException {
		Map<TopicPartition, OffsetSpec> latest = this.partitions.stream()
			.collect(Collectors.toMap(Function.identity(), (partition) -> OffsetSpec.latest()));
		return admin.listOffsets(latest)
			.all()
			.get()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	/** The offset a group has committed on each partition; 0 where it has none. */
	public Map<TopicPartition, Long> committed(Admin admin, String group)
			throws InterruptedException, ExecutionException {
		Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		return this.partitions.stream().collect(Collectors.toMap(Function.identity(), (partition) -> {
			OffsetAndMetadata offset = offsets.get(partition);
			return (offset != null) ? offset.offset() : 0L;
		}));
	}

	/** What a group has still to read: end minus committed, per partition, summed. */
	public static long lag(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
		long lag = 0;
		for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
			lag += Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L));
		}
		return lag;
	}

	public static long sum(Map<TopicPartition, Long> offsets) {
		return offsets.values().stream().mapToLong(Long::longValue).sum();
	}

}
