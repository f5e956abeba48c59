package dev.kafkaplayground.dashboard.metrics;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.SeekBackOnAssignment;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Reads {@code analytics.metrics} into the {@link MetricsFeed}, with a consumer group of
 * its own, from {@code history} back on every start.
 */
@Component
class MetricsListener extends SeekBackOnAssignment {

	private final MetricsFeed feed;

	MetricsListener(MetricsFeed feed, DashboardProperties properties) {
		super(Topics.METRICS, properties.history());
		this.feed = feed;
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

}
