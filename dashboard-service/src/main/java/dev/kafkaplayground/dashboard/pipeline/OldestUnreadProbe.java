package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the timestamp of the first record at or after given offsets: for lag in seconds,
 * the record at a group's committed offset is the oldest one the group has not read. One
 * consumer without a group, assigned only the partitions asked about, reading committed
 * records only (as the processor does) and fetching little: it never commits and takes no
 * part in any rebalance. Not thread-safe: the poller's one thread calls it.
 */
final class OldestUnreadProbe implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Consumer<byte[], byte[]> consumer;

	private final Duration budget;

	/**
	 * @param consumer a consumer without group, with {@code read_committed} and small
	 * fetch sizes
	 * @param budget how long one probe may take at most
	 */
	OldestUnreadProbe(Consumer<byte[], byte[]> consumer, Duration budget) {
		this.consumer = consumer;
		this.budget = budget;
	}

	/**
	 * @param offsets where to look, by partition
	 * @param endOffsets the end of each partition: a partition read to its end without a
	 * record (only aborted records and transaction markers) has none
	 * @return the timestamp of the first record found at or after the offset, for the
	 * partitions where one was found within the budget
	 */
	Map<TopicPartition, Long> timestamps(Map<TopicPartition, Long> offsets, Map<TopicPartition, Long> endOffsets) {
		Map<TopicPartition, Long> found = new HashMap<>();
		if (offsets.isEmpty()) {
			return found;
		}
		this.consumer.assign(offsets.keySet());
		offsets.forEach(this.consumer::seek);
		Set<TopicPartition> done = new HashSet<>();
		long deadline = System.nanoTime() + this.budget.toNanos();
		try {
			while (done.size() < offsets.size() && System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(POLL)) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					found.putIfAbsent(partition, record.timestamp());
					done.add(partition);
				}
				for (TopicPartition partition : offsets.keySet()) {
					if (!done.contains(partition) && this.consumer.position(partition) >= endOffsets.get(partition)) {
						done.add(partition);
					}
				}
				this.consumer.pause(done);
			}
		}
		finally {
			// forgets positions and pauses
			this.consumer.unsubscribe();
		}
		return found;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
