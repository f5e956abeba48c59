package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What the polls of Kafka found, the part of the {@link Pipeline} that the poller owns.
 *
 * @param polledAt when the last successful poll finished, null before the first
 * @param topics the topics it found
 * @param group the processor's group, null if it does not exist
 * @param rebalances the timeline, newest first
 * @param deadLettered the committed records on the dead-letter topic
 * @param pollError why the last poll failed, null if it succeeded
 */
record PolledState(Instant polledAt, List<TopicView> topics, GroupView group, List<RebalanceEntry> rebalances,
		long deadLettered, String pollError) {

	/** Before the first poll. */
	static final PolledState NONE = new PolledState(null, List.of(), null, List.of(), 0, null);

	PolledState {
		topics = List.copyOf(topics);
		rebalances = List.copyOf(rebalances);
	}

	/** The same data, marked with why the latest poll failed. */
	PolledState failed(String error) {
		return new PolledState(this.polledAt, this.topics, this.group, this.rebalances, this.deadLettered, error);
	}

}
