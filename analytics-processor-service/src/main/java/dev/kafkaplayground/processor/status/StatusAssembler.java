package dev.kafkaplayground.processor.status;

import java.time.Clock;

import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.status.ProcessorStatus;

/** Builds the status record from what Kafka Streams says right now. */
final class StatusAssembler {

	private final StreamsView streams;

	private final RebalanceTracker rebalances;

	private final StreamsCounts counts = new StreamsCounts();

	private final Clock clock;

	StatusAssembler(StreamsView streams, RebalanceTracker rebalances, Clock clock) {
		this.streams = streams;
		this.rebalances = rebalances;
		this.clock = clock;
	}

	/**
	 * The instance's status; call from one thread at a time (the counts are cumulative).
	 */
	ProcessorStatus assemble(InstanceIdentity identity) {
		String state = this.streams.state();
		Assignment assignment = this.streams.assignment();
		StreamsCounts.Counts counts = this.counts.read(this.streams.metrics());
		return new ProcessorStatus(identity.instanceId(), state, identity.host(), identity.port(),
				assignment.activeTasks(), assignment.standbyTasks(), assignment.partitions(), counts.processed(),
				counts.deadLettered(), counts.lateDropped(), this.rebalances.last(),
				EventTime.truncate(this.clock.instant()));
	}

}
