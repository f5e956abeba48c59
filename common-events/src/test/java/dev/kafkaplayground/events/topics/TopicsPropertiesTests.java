package dev.kafkaplayground.events.topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsPropertiesTests {

	@Test
	void shouldDefineEveryTopicButTheStatusWithTheSamePartitionCount() {
		TopicDefinitions definitions = new TopicsProperties(6, (short) 1).definitions();
		assertThat(definitions.all()).extracting(NewTopic::name)
			.containsExactly(Topics.GAME_VIEWS, Topics.WISHLIST_EVENTS, Topics.CART_EVENTS, Topics.PURCHASES,
					Topics.SEARCHES, Topics.GENERATOR_TRUTH, Topics.METRICS, Topics.DEAD_LETTERS,
					Topics.PROCESSOR_STATUS);
		assertThat(definitions.all()).filteredOn((topic) -> !topic.name().equals(Topics.PROCESSOR_STATUS))
			.extracting(NewTopic::numPartitions)
			.containsOnly(6);
	}

	@Test
	void shouldCompactTheStatusTopicOnOnePartition() {
		NewTopic status = new TopicsProperties(6, (short) 1).definitions()
			.analyticsTopics()
			.stream()
			.filter((topic) -> topic.name().equals(Topics.PROCESSOR_STATUS))
			.findFirst()
			.orElseThrow();
		assertThat(status.numPartitions()).isOne();
		assertThat(status.configs()).containsEntry("cleanup.policy", "compact");
	}

	@Test
	void shouldNameThePropertyOfABadValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicsProperties(0, (short) 1))
			.withMessageContaining("playground.topics.partitions");
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicsProperties(6, (short) 0))
			.withMessageContaining("playground.topics.replication-factor");
	}

}
