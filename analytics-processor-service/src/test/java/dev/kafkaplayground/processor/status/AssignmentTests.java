package dev.kafkaplayground.processor.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.topics.Topics;

import static dev.kafkaplayground.processor.status.Threads.task;
import static dev.kafkaplayground.processor.status.Threads.thread;
import static org.assertj.core.api.Assertions.assertThat;

class AssignmentTests {

	private static final String DELTAS = "analytics-processor-window-deltas-repartition";

	@Test
	void shouldGroupTheActiveTasksPartitionsByTopicAcrossThreads() {
		Assignment assignment = Assignment.of(List.of(
				thread("t-1", Set.of(task(0, 4, Topics.PURCHASES, Topics.SEARCHES), task(1, 0, DELTAS)),
						Set.of(task(0, 2, Topics.PURCHASES))),
				thread("t-2", Set.of(task(0, 1, Topics.PURCHASES, Topics.SEARCHES)), Set.of())));
		assertThat(assignment.activeTasks()).containsExactly("0_1", "0_4", "1_0");
		assertThat(assignment.standbyTasks()).containsExactly("0_2");
		assertThat(assignment.partitions()).containsExactly(Map.entry(DELTAS, List.of(0)),
				Map.entry(Topics.PURCHASES, List.of(1, 4)), Map.entry(Topics.SEARCHES, List.of(1, 4)));
	}

	@Test
	void shouldSortTaskIdsByNumberNotText() {
		Assignment assignment = Assignment
			.of(List.of(thread("t-1", Set.of(task(0, 10, Topics.PURCHASES), task(0, 2, Topics.PURCHASES)), Set.of())));
		assertThat(assignment.activeTasks()).containsExactly("0_2", "0_10");
		assertThat(assignment.partitions().get(Topics.PURCHASES)).containsExactly(2, 10);
	}

	@Test
	void shouldBeEmptyWithoutThreads() {
		assertThat(Assignment.of(List.of())).isEqualTo(Assignment.NONE);
	}

}
