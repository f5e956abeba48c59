package dev.kafkaplayground.localkafka;

import java.time.Duration;

import dev.kafkaplayground.events.topics.TopicDefinitions;

/**
 * Which broker the topic set-up talks to, the topics' shape and how long it waits (read
 * from the command line by {@link TopicSetupCommand}).
 *
 * @param bootstrapServers the broker(s) to connect to
 * @param partitions partitions of every topic but the processor status topic
 * @param replicationFactor replicas of every partition
 * @param timeout how long to wait for the broker and the topics altogether
 */
record TopicSetupOptions(String bootstrapServers, int partitions, short replicationFactor, Duration timeout) {

	TopicDefinitions definitions() {
		return new TopicDefinitions(this.partitions, this.replicationFactor);
	}

}
