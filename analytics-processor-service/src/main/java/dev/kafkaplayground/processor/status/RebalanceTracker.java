package dev.kafkaplayground.processor.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.status.Rebalance;

/**
 * Remembers the last rebalance: Kafka Streams calls it on every state change, and each
 * change from {@code REBALANCING} to {@code RUNNING} ends one. The partitions before are
 * those the instance had when it last ran (none at start-up): the ones it gave up or kept
 * are visible only once the new assignment is complete.
 */
final class RebalanceTracker implements KafkaStreams.StateListener {

	private static final Logger logger = LoggerFactory.getLogger(RebalanceTracker.class);

	private final Supplier<Assignment> assignment;

	private final Clock clock;

	private Map<String, List<Integer>> lastRunning = Map.of();

	private volatile Rebalance last;

	RebalanceTracker(Supplier<Assignment> assignment, Clock clock) {
		this.assignment = assignment;
		this.clock = clock;
	}

	// called by stream threads, one state change at a time per client, but not always
	// by the same thread
	@Override
	public synchronized void onChange(State newState, State oldState) {
		if (oldState == State.REBALANCING && newState == State.RUNNING) {
			Map<String, List<Integer>> partitions = this.assignment.get().partitions();
			this.last = new Rebalance(EventTime.truncate(this.clock.instant()), this.lastRunning, partitions);
			this.lastRunning = partitions;
			logger.info("Running again after a rebalance; input partitions before {}, now {}", this.last.from(),
					this.last.to());
		}
	}

	/** The last rebalance, or null before the first one ended. */
	Rebalance last() {
		return this.last;
	}

}
