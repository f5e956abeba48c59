package dev.kafkaplayground.dashboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Reads {@code analytics.metrics} into the {@link MetricsFeed}. Every dashboard instance
 * must see every record, so each one joins a consumer group of its own (random suffix)
 * and, on assignment, seeks back by the configured history instead of relying on
 * committed offsets, which it never writes.
 */
@Component
class MetricsListener implements ConsumerSeekAware {

	private static final Logger logger = LoggerFactory.getLogger(MetricsListener.class);

	private final MetricsFeed feed;

	private final Duration history;

	MetricsListener(MetricsFeed feed, DashboardProperties properties) {
		this.feed = feed;
		this.history = properties.history();
	}

	// read_committed: the processor writes in transactions; aborted figures must not
	// show. latest: a partition with nothing newer than the seek time starts at its end.
	@KafkaListener(id = "dashboard-metrics", topics = Topics.METRICS, groupId = "dashboard-${random.uuid}",
			containerPostProcessor = "noOffsetCommits",
			properties = { ConsumerConfig.ISOLATION_LEVEL_CONFIG + "=read_committed",
					ConsumerConfig.AUTO_OFFSET_RESET_CONFIG + "=latest" })
	void onMetrics(ConsumerRecord<String, WindowMetrics> record) {
		if (record.value() != null) {
			this.feed.accept(record.value());
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		Instant since = Instant.now().minus(this.history);
		logger.info("Consumer group {} reads {} partitions of {} from records stamped {} or later",
				KafkaUtils.getConsumerGroupId(), assignments.size(), Topics.METRICS, since);
		callback.seekToTimestamp(assignments.keySet(), since.toEpochMilli());
	}

}
