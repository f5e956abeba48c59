package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * The pipeline as the dashboard sees it, the data of {@code /api/pipeline} and of the
 * stream's {@code pipeline} event (docs/dashboard.md has a table of every field). Readers
 * must ignore fields they do not know.
 *
 * @param instances the processor instances that are there, by instance id: the latest
 * status record of each, as on {@code analytics.processor-status}
 * @param polledAt when the last successful poll of Kafka finished; null before the first
 * @param topics the playground's topics and the processor's internal ones, by name
 * @param group the processor's consumer group; null if it does not exist (yet)
 * @param rebalances changes of the group seen by the dashboard, newest first, at most
 * {@value RebalanceTimeline#MAX_ENTRIES}
 * @param deadLettered the dead letters on {@code analytics.dlq}: its committed records
 * @param lateDropped the sum of {@code lateDropped} over {@code instances}
 * @param pollError null when the last poll succeeded; why it failed otherwise, and then
 * every other polled field is what the last successful poll found (as of
 * {@code polledAt})
 */
@JsonPropertyOrder({ "instances", "polledAt", "topics", "group", "rebalances", "deadLettered", "lateDropped",
		"pollError" })
public record Pipeline(List<ProcessorStatus> instances, Instant polledAt, List<TopicView> topics, GroupView group,
		List<RebalanceEntry> rebalances, long deadLettered, long lateDropped, String pollError) {

	public Pipeline {
		instances = List.copyOf(instances);
		topics = List.copyOf(topics);
		rebalances = List.copyOf(rebalances);
	}

	/** The instances now, with what the last poll of Kafka found. */
	static Pipeline of(List<ProcessorStatus> instances, PolledState polled) {
		long lateDropped = instances.stream().mapToLong(ProcessorStatus::lateDropped).sum();
		return new Pipeline(instances, polled.polledAt(), polled.topics(), polled.group(), polled.rebalances(),
				polled.deadLettered(), lateDropped, polled.pollError());
	}

}
