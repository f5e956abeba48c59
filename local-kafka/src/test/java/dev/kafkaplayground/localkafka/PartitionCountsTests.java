package dev.kafkaplayground.localkafka;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.topics.TopicDefinitions;
import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionCountsTests {

	@Test
	void shouldAcceptStoreTopicsThatShareOneCount() {
		assertThat(PartitionCounts.storeTopicMismatch(topics(6, 6))).isEmpty();
	}

	@Test
	void shouldAcceptAnalyticsTopicsWithAnotherCount() {
		List<TopicState> topics = topics(3, 1);
		assertThat(PartitionCounts.storeTopicMismatch(topics)).isEmpty();
		assertThat(PartitionCounts.differentFrom(topics, new TopicDefinitions(3, (short) 1).all()))
			.extracting(TopicState::name)
			.containsExactly(Topics.METRICS, Topics.DEAD_LETTERS);
	}

	@Test
	void shouldExplainStoreTopicsThatDisagree() {
		List<TopicState> topics = new ArrayList<>(topics(6, 6));
		topics.set(Topics.STORE_TOPICS.indexOf(Topics.PURCHASES), new TopicState(Topics.PURCHASES, false, 3));
		assertThat(PartitionCounts.storeTopicMismatch(topics))
			.hasValueSatisfying((message) -> assertThat(message).contains("store.purchases has 3")
				.contains("store.game-views has 6")
				.contains("share one partition count"));
	}

	private static List<TopicState> topics(int storePartitions, int analyticsPartitions) {
		List<TopicState> topics = new ArrayList<>();
		Topics.STORE_TOPICS.forEach((name) -> topics.add(new TopicState(name, true, storePartitions)));
		topics.add(new TopicState(Topics.METRICS, true, analyticsPartitions));
		topics.add(new TopicState(Topics.DEAD_LETTERS, true, analyticsPartitions));
		topics.add(new TopicState(Topics.PROCESSOR_STATUS, true, 1));
		return topics;
	}

}
