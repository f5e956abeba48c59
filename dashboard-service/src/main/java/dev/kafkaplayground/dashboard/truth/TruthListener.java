package dev.kafkaplayground.dashboard.truth;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.feed.SeekBackOnAssignment;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Reads {@code generator.truth} into the {@link TruthFeed}, with a consumer group of its
 * own, from {@code history} back on every start (a truth record is stamped with its
 * minute's start).
 */
@Component
class TruthListener extends SeekBackOnAssignment {

	private final TruthFeed feed;

	TruthListener(TruthFeed feed, DashboardProperties properties) {
		super(Topics.GENERATOR_TRUTH, properties.history());
		this.feed = feed;
	}

	// The generator's producer is not transactional, so the isolation level makes no
	// difference here. latest: a partition with nothing newer than the seek time starts
	// at its end.
	@KafkaListener(id = "dashboard-truth", topics = Topics.GENERATOR_TRUTH, groupId = "dashboard-${random.uuid}",
			containerPostProcessor = "noOffsetCommits",
			properties = ConsumerConfig.AUTO_OFFSET_RESET_CONFIG + "=latest")
	void onTruth(ConsumerRecord<String, MinuteTruth> record) {
		if (record.value() != null) {
			this.feed.accept(record.value());
		}
	}

}
