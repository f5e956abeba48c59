package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;

/**
 * Counts the dead letters on {@code analytics.dlq}: the records of committed
 * transactions. The processor writes dead letters inside its exactly-once transactions,
 * so the topic's end offsets count more than that: a transaction marker per partition for
 * every commit and every abort, and the records of aborted transactions. No Admin call
 * tells how many committed records a partition holds, so the counter reads them with
 * {@code read_committed}, which skips both; it keeps its position and count per partition
 * from poll to poll, so each record is read once. One consumer without a group (it
 * commits nothing and takes part in no rebalance), reading at most {@code budget} per
 * poll: a long topic is counted over the first few polls. Not thread-safe: the poller's
 * one thread calls it.
 */
final class DeadLetterCounter implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Consumer<byte[], byte[]> consumer;

	private final Duration budget;

	private final Map<TopicPartition, Long> counted = new HashMap<>();

	private Uuid topicId;

	/**
	 * @param consumer a consumer without group, with {@code read_committed}
	 * @param budget how long one count may read at most
	 */
	DeadLetterCounter(Consumer<byte[], byte[]> consumer, Duration budget) {
		this.consumer = consumer;
		this.budget = budget;
	}

	/**
	 * Reads what was committed since the last count.
	 * @param topicId the dead-letter topic's id: a topic deleted and created again is
	 * counted afresh
	 * @param partitions its partitions; none while it does not exist
	 * @return the committed records read on those partitions, in all counts so far
	 */
	long count(Uuid topicId, Set<TopicPartition> partitions) {
		follow(topicId, partitions);
		if (partitions.isEmpty()) {
			return 0;
		}
		// for read_committed the last stable offsets: no open transaction is waited for
		Map<TopicPartition, Long> ends = this.consumer.endOffsets(partitions);
		long deadline = System.nanoTime() + this.budget.toNanos();
		while (!readTo(ends) && System.nanoTime() < deadline) {
			for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(POLL)) {
				this.counted.merge(new TopicPartition(record.topic(), record.partition()), 1L, Long::sum);
			}
		}
		return this.counted.values().stream().mapToLong(Long::longValue).sum();
	}

	// Assigned the topic's partitions as they are now; a partition not counted yet is
	// read from its beginning, one already counted from where its count stopped.
	private void follow(Uuid topicId, Set<TopicPartition> partitions) {
		if (!Objects.equals(topicId, this.topicId)) {
			this.counted.clear();
			this.consumer.assign(Set.of());
			this.topicId = topicId;
		}
		if (partitions.equals(this.consumer.assignment())) {
			return;
		}
		this.counted.keySet().retainAll(partitions);
		this.consumer.assign(partitions);
		Set<TopicPartition> added = new HashSet<>(partitions);
		added.removeAll(this.counted.keySet());
		// never with an empty collection: that would move every assigned partition
		if (!added.isEmpty()) {
			this.consumer.seekToBeginning(added);
			added.forEach((partition) -> this.counted.put(partition, 0L));
		}
	}

	// Positions move past transaction markers and aborted records too.
	private boolean readTo(Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> this.consumer.position(end.getKey()) >= end.getValue());
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
