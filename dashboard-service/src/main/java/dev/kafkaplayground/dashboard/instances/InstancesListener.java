package dev.kafkaplayground.dashboard.instances;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.SeekBackOnAssignment;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Reads {@code analytics.processor-status} into the {@link InstancesFeed}, with a
 * consumer group of its own, from {@code history} back on every start: a running instance
 * reports every few seconds ({@code status-interval}), so every instance that is there
 * has a record within what is read.
 */
@Component
class InstancesListener extends SeekBackOnAssignment {

	private static final Logger logger = LoggerFactory.getLogger(InstancesListener.class);

	private final InstancesFeed feed;

	InstancesListener(InstancesFeed feed, DashboardProperties properties) {
		super(Topics.PROCESSOR_STATUS, properties.history());
		this.feed = feed;
	}

	// Status records are sent outside transactions (docs/processor.md), so the isolation
	// level makes no difference. latest: a partition with nothing newer than the seek
	// time starts at its end.
	@KafkaListener(id = "dashboard-instances", topics = Topics.PROCESSOR_STATUS, groupId = "dashboard-${random.uuid}",
			containerPostProcessor = "noOffsetCommits",
			properties = ConsumerConfig.AUTO_OFFSET_RESET_CONFIG + "=latest")
	void onStatus(ConsumerRecord<String, ProcessorStatus> record) {
		ProcessorStatus status = record.value();
		if (record.key() == null || (status != null && status.updatedAt() == null)) {
			logger.warn("Skipped a record of {} without key or updatedAt at offset {}", Topics.PROCESSOR_STATUS,
					record.offset());
			return;
		}
		this.feed.accept(record.key(), status);
	}

}
