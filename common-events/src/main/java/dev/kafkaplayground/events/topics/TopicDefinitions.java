package dev.kafkaplayground.events.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * How the playground's topics are created: one place, used by the topic set-up tool and
 * by the services that declare the topics they need.
 *
 * @param partitions partitions of every topic but the processor status topic (which has
 * one); the store topics must share one count so that partition p of each holds the same
 * sessions
 * @param replicationFactor replicas of every partition (1 on a single broker)
 */
public record TopicDefinitions(int partitions, short replicationFactor) {

	/** Six partitions: enough to watch up to six processor instances share the work. */
	public static final int DEFAULT_PARTITIONS = 6;

	public static final TopicDefinitions LOCAL = new TopicDefinitions(DEFAULT_PARTITIONS, (short) 1);

	public TopicDefinitions {
		if (partitions < 1) {
			throw new IllegalArgumentException("partitions must be at least 1 but was " + partitions);
		}
		if (replicationFactor < 1) {
			throw new IllegalArgumentException("replicationFactor must be at least 1 but was " + replicationFactor);
		}
	}

	/** The five store topics. */
	public List<NewTopic> storeTopics() {
		return Topics.STORE_TOPICS.stream().map(this::topic).toList();
	}

	/** The topics the generator writes: the store topics and its ground truth. */
	public List<NewTopic> generatorTopics() {
		List<NewTopic> topics = new ArrayList<>(storeTopics());
		topics.add(topic(Topics.GENERATOR_TRUTH));
		return topics;
	}

	/** The processor's output topics. */
	public List<NewTopic> analyticsTopics() {
		return List.of(topic(Topics.METRICS), topic(Topics.DEAD_LETTERS), processorStatusTopic());
	}

	/** Every topic of the playground. */
	public List<NewTopic> all() {
		List<NewTopic> all = new ArrayList<>(generatorTopics());
		all.addAll(analyticsTopics());
		return all;
	}

	/**
	 * The status topic differs from the rest: compacted, because the key is the instance
	 * id and a reader wants each instance's latest record (a tombstone removes a stopped
	 * one); one partition, because a handful of instances write a few hundred bytes every
	 * few seconds and a reader sees them all in order. Segments roll every 10 minutes so
	 * that compaction keeps the topic short while the playground runs.
	 */
	private NewTopic processorStatusTopic() {
		return TopicBuilder.name(Topics.PROCESSOR_STATUS)
			.partitions(1)
			.replicas(this.replicationFactor)
			.compact()
			.config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(Duration.ofMinutes(10).toMillis()))
			.build();
	}

	private NewTopic topic(String name) {
		return TopicBuilder.name(name).partitions(this.partitions).replicas(this.replicationFactor).build();
	}

}
