package dev.kafkaplayground.events.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How services create the topics they need ({@code playground.topics.*}). Every service
 * binds the same properties so that all of them agree on the partition count.
 *
 * @param partitions partitions of every playground topic
 * @param replicationFactor replicas of every partition
 */
@ConfigurationProperties("playground.topics")
public record TopicsProperties(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {

	public TopicsProperties {
		if (partitions < 1) {
			throw new IllegalArgumentException("playground.topics.partitions must be at least 1 but was " + partitions);
		}
		if (replicationFactor < 1) {
			throw new IllegalArgumentException(
					"playground.topics.replication-factor must be at least 1 but was " + replicationFactor);
		}
	}

	public TopicDefinitions definitions() {
		return new TopicDefinitions(this.partitions, this.replicationFactor);
	}

}
