package dev.kafkaplayground.processor.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.TaskMetadata;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.status.Rebalance;
import dev.kafkaplayground.events.topics.Topics;

import static dev.kafkaplayground.processor.status.Threads.task;
import static dev.kafkaplayground.processor.status.Threads.thread;
import static org.assertj.core.api.Assertions.assertThat;

class RebalanceTrackerTests {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	private Assignment assignment = Assignment.NONE;

	private final RebalanceTracker tracker = new RebalanceTracker(() -> this.assignment,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void shouldKnowNoRebalanceBeforeTheFirstOneEnds() {
		this.tracker.onChange(State.REBALANCING, State.CREATED);
		assertThat(this.tracker.last()).isNull();
	}

	@Test
	void shouldRecordEachRebalanceWithThePartitionsBeforeAndAfter() {
		this.tracker.onChange(State.REBALANCING, State.CREATED);
		this.assignment = partitions(0, 1, 2, 3, 4, 5);
		this.tracker.onChange(State.RUNNING, State.REBALANCING);
		assertThat(this.tracker.last()).isEqualTo(new Rebalance(NOW, Map.of(), purchases(0, 1, 2, 3, 4, 5)));

		// a second instance joins and takes half
		this.tracker.onChange(State.REBALANCING, State.RUNNING);
		this.assignment = partitions(0, 2, 4);
		this.tracker.onChange(State.RUNNING, State.REBALANCING);
		assertThat(this.tracker.last()).isEqualTo(new Rebalance(NOW, purchases(0, 1, 2, 3, 4, 5), purchases(0, 2, 4)));
	}

	@Test
	void shouldIgnoreOtherStateChanges() {
		this.assignment = partitions(1);
		this.tracker.onChange(State.REBALANCING, State.CREATED);
		this.tracker.onChange(State.RUNNING, State.REBALANCING);
		Rebalance first = this.tracker.last();
		this.tracker.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
		this.tracker.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);
		assertThat(this.tracker.last()).isSameAs(first);
	}

	/** One task per partition of {@code store.purchases}. */
	private static Assignment partitions(Integer... partitions) {
		Set<TaskMetadata> tasks = Stream.of(partitions)
			.map((partition) -> task(0, partition, Topics.PURCHASES))
			.collect(Collectors.toSet());
		return Assignment.of(List.of(thread("t-1", tasks, Set.of())));
	}

	private static Map<String, List<Integer>> purchases(Integer... partitions) {
		return Map.of(Topics.PURCHASES, List.of(partitions));
	}

}
