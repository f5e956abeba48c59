package dev.kafkaplayground.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.KafkaUtils;

/**
 * A listener that, on assignment, seeks back by the configured history instead of relying
 * on committed offsets, which the dashboard never writes: every dashboard instance must
 * see every record, so each one reads with a consumer group of its own and rebuilds its
 * history from the topic on start.
 */
public abstract class SeekBackOnAssignment implements ConsumerSeekAware {

	private static final Logger logger = LoggerFactory.getLogger(SeekBackOnAssignment.class);

	private final String topic;

	private final Duration history;

	protected SeekBackOnAssignment(String topic, Duration history) {
		this.topic = topic;
		this.history = history;
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		Instant since = Instant.now().minus(this.history);
		logger.info("Consumer group {} reads {} partitions of {} from records stamped {} or later",
				KafkaUtils.getConsumerGroupId(), assignments.size(), this.topic, since);
		callback.seekToTimestamp(assignments.keySet(), since.toEpochMilli());
	}

}
