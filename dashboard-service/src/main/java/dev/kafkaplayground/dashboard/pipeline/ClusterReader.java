package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.dashboard.pipeline.ClusterRead.Group;
import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Reads, with Kafka's Admin client, what the pipeline shows: the topics and their end
 * offsets, the processor's group with its members and committed offsets; with the
 * {@link OldestUnreadProbe}, the timestamp of the oldest record the group has not read;
 * and, with the {@link DeadLetterCounter}, how many dead letters there are. Each Admin
 * call waits at most the Admin client's {@code default.api.timeout.ms}. Not thread-safe:
 * the poller's one thread calls it.
 */
final class ClusterReader implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ClusterReader.class);

	private final Admin admin;

	private final OldestUnreadProbe probe;

	private final DeadLetterCounter deadLetters;

	private final List<String> playgroundTopics;

	private final String groupId;

	/**
	 * @param playgroundTopics the playground's topics, in the order shown
	 * @param groupId the processor's group: its internal topics
	 * ({@code <groupId>-...-repartition}, {@code -changelog}) are shown too
	 */
	ClusterReader(Admin admin, OldestUnreadProbe probe, DeadLetterCounter deadLetters, List<String> playgroundTopics,
			String groupId) {
		this.admin = admin;
		this.probe = probe;
		this.deadLetters = deadLetters;
		this.playgroundTopics = List.copyOf(playgroundTopics);
		this.groupId = groupId;
	}

	ClusterRead read() throws InterruptedException, ExecutionException {
		Set<String> existing = this.admin.listTopics().names().get();
		List<String> topics = shown(existing);
		Set<TopicPartition> partitions = new HashSet<>();
		Map<String, TopicDescription> described = this.admin.describeTopics(topics).allTopicNames().get();
		described.values().forEach((topic) -> partitions.addAll(partitionsOf(topic)));
		ConsumerGroupDescription description = describeGroup();
		Map<TopicPartition, Long> committed = (description != null) ? committedOffsets(existing) : Map.of();
		partitions.addAll(committed.keySet());
		Map<TopicPartition, Long> endOffsets = endOffsets(partitions);
		Group group = (description != null) ? group(description, committed, endOffsets) : null;
		return new ClusterRead(Instant.now(), topics, endOffsets, deadLetters(described.get(Topics.DEAD_LETTERS)),
				group);
	}

	// none while the topic does not exist
	private long deadLetters(TopicDescription topic) {
		return (topic != null) ? this.deadLetters.count(topic.topicId(), partitionsOf(topic))
				: this.deadLetters.count(null, Set.of());
	}

	private static Set<TopicPartition> partitionsOf(TopicDescription topic) {
		Set<TopicPartition> partitions = new HashSet<>();
		topic.partitions()
			.forEach((partition) -> partitions.add(new TopicPartition(topic.name(), partition.partition())));
		return partitions;
	}

	private Group group(ConsumerGroupDescription description, Map<TopicPartition, Long> committed,
			Map<TopicPartition, Long> endOffsets) {
		Map<TopicPartition, Long> unread = new HashMap<>();
		committed.forEach((partition, offset) -> {
			if (endOffsets.getOrDefault(partition, offset) > offset) {
				unread.put(partition, offset);
			}
		});
		long start = System.nanoTime();
		Map<TopicPartition, Long> oldestUnread = this.probe.timestamps(unread, endOffsets);
		logger.debug("Read the oldest unread record of {} of {} lagging partitions in {} ms", oldestUnread.size(),
				unread.size(), (System.nanoTime() - start) / 1_000_000);
		return new Group(this.groupId, description.groupState().name(), members(description), committed, oldestUnread);
	}

	// the playground's topics that exist, then the processor's internal ones by name
	private List<String> shown(Set<String> existing) {
		List<String> topics = new ArrayList<>(this.playgroundTopics.stream().filter(existing::contains).toList());
		existing.stream().filter((topic) -> topic.startsWith(this.groupId + "-")).sorted().forEach(topics::add);
		return topics;
	}

	// null if the group does not exist (Kafka answers either way, depending on version)
	private ConsumerGroupDescription describeGroup() throws InterruptedException, ExecutionException {
		try {
			ConsumerGroupDescription description = this.admin.describeConsumerGroups(List.of(this.groupId))
				.describedGroups()
				.get(this.groupId)
				.get();
			return (description.groupState() == GroupState.DEAD) ? null : description;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return null;
			}
			throw ex;
		}
	}

	// Only of topics that exist: an offset left over from a deleted topic has no end
	// offset to compare it with.
	private Map<TopicPartition, Long> committedOffsets(Set<String> existing)
			throws InterruptedException, ExecutionException {
		Map<TopicPartition, OffsetAndMetadata> offsets = this.admin.listConsumerGroupOffsets(this.groupId)
			.partitionsToOffsetAndMetadata()
			.get();
		Map<TopicPartition, Long> committed = new HashMap<>();
		offsets.forEach((partition, offset) -> {
			if (offset != null && existing.contains(partition.topic())) {
				committed.put(partition, offset.offset());
			}
		});
		return committed;
	}

	private Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions)
			throws InterruptedException, ExecutionException {
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		partitions.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
		Map<TopicPartition, ListOffsetsResultInfo> offsets = this.admin.listOffsets(latest).all().get();
		Map<TopicPartition, Long> ends = new HashMap<>();
		offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
		return ends;
	}

	private static List<Member> members(ConsumerGroupDescription description) {
		return description.members()
			.stream()
			.map(ClusterReader::member)
			.sorted(Comparator.comparing(Member::memberId))
			.toList();
	}

	private static Member member(MemberDescription member) {
		return new Member(member.consumerId(), member.clientId(), member.host(), null,
				Partitions.byTopic(member.assignment().topicPartitions()));
	}

	@Override
	public void close() {
		try (this.admin; this.deadLetters) {
			this.probe.close();
		}
	}

}
