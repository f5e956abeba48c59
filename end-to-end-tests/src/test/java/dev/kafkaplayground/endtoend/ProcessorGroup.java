package dev.kafkaplayground.endtoend;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.events.topics.Topics;

/**
 * The processor's consumer group seen from Kafka's side (Admin client): its members that
 * own store partitions, and how far it has committed on the store topics.
 */
final class ProcessorGroup implements AutoCloseable {

	private final Admin admin;

	ProcessorGroup(String bootstrapServers) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
	}

	/** How many members the group has, whether they own partitions or not. */
	int members() throws ExecutionException, InterruptedException {
		return describe().members().size();
	}

	/** The member ids of the members that own at least one store topic partition. */
	Set<String> membersWithStorePartitions() throws ExecutionException, InterruptedException {
		return storePartitionsByMember().keySet();
	}

	/**
	 * The store partition numbers each member owns, by member id, for the members that
	 * own any: an input task reads partition p of every store topic.
	 */
	Map<String, Set<Integer>> storePartitionsByMember() throws ExecutionException, InterruptedException {
		return describe().members()
			.stream()
			.collect(Collectors.toMap(MemberDescription::consumerId,
					(member) -> member.assignment()
						.topicPartitions()
						.stream()
						.filter((partition) -> Topics.STORE_TOPICS.contains(partition.topic()))
						.map(TopicPartition::partition)
						.collect(Collectors.toSet())))
			.entrySet()
			.stream()
			.filter((member) -> !member.getValue().isEmpty())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private ConsumerGroupDescription describe() throws ExecutionException, InterruptedException {
		return this.admin.describeConsumerGroups(List.of(ProcessorNames.APPLICATION_ID))
			.describedGroups()
			.get(ProcessorNames.APPLICATION_ID)
			.get();
	}

	/** The end offset of every store topic partition now. */
	Map<TopicPartition, Long> storeEndOffsets() throws ExecutionException, InterruptedException {
		return endOffsets(Topics.STORE_TOPICS);
	}

	/** Records on the store topics now. */
	long storeRecords() throws ExecutionException, InterruptedException {
		return storeEndOffsets().values().stream().mapToLong(Long::longValue).sum();
	}

	/** The sum of the end offsets of a topic's partitions now. */
	long records(String topic) throws ExecutionException, InterruptedException {
		return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The end offset of every partition of a topic now. */
	Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
		return endOffsets(List.of(topic));
	}

	private Map<TopicPartition, Long> endOffsets(List<String> topics) throws ExecutionException, InterruptedException {
		List<TopicPartition> partitions = this.admin.describeTopics(topics)
			.allTopicNames()
			.get()
			.values()
			.stream()
			.flatMap((topic) -> topic.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
			.toList();
		Map<TopicPartition, ListOffsetsResultInfo> ends = this.admin
			.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), (p) -> OffsetSpec.latest())))
			.all()
			.get();
		return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, (end) -> end.getValue().offset()));
	}

	/** Whether the group has committed at least these offsets: it processed that far. */
	boolean hasCommitted(Map<TopicPartition, Long> offsets) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetAndMetadata> committed = this.admin
			.listConsumerGroupOffsets(ProcessorNames.APPLICATION_ID)
			.partitionsToOffsetAndMetadata()
			.get();
		return offsets.entrySet().stream().allMatch((offset) -> {
			OffsetAndMetadata done = committed.get(offset.getKey());
			return ((done != null) ? done.offset() : 0) >= offset.getValue();
		});
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
