package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.pipeline.ClusterRead.Group;
import dev.kafkaplayground.dashboard.pipeline.GroupView.PartitionLag;
import dev.kafkaplayground.dashboard.pipeline.TopicView.PartitionView;
import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PipelineAssemblerTests {

	private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

	private static final TopicPartition P0 = new TopicPartition(Topics.PURCHASES, 0);

	private static final TopicPartition P1 = new TopicPartition(Topics.PURCHASES, 1);

	private static final TopicPartition DLQ0 = new TopicPartition(Topics.DEAD_LETTERS, 0);

	private static final TopicPartition DLQ1 = new TopicPartition(Topics.DEAD_LETTERS, 1);

	@Test
	void shouldHaveNoRatesOnTheFirstPoll() {
		ClusterRead read = read(T0, Map.of(P0, 100L, P1, 50L), null);

		assertThat(PipelineAssembler.topics(read, null)).singleElement().satisfies((topic) -> {
			assertThat(topic.name()).isEqualTo(Topics.PURCHASES);
			assertThat(topic.role()).isEqualTo(TopicRole.INPUT);
			assertThat(topic.endOffset()).isEqualTo(150);
			assertThat(topic.ratePerSecond()).isNull();
			assertThat(topic.partitions()).containsExactly(new PartitionView(0, 100, null),
					new PartitionView(1, 50, null));
		});
	}

	@Test
	void shouldRateEachPartitionByItsEndOffsetsGrowthBetweenPolls() {
		ClusterRead first = read(T0, Map.of(P0, 100L, P1, 50L), null);
		ClusterRead second = read(T0.plusSeconds(2), Map.of(P0, 120L, P1, 50L), null);

		TopicView topic = PipelineAssembler.topics(second, first).get(0);

		assertThat(topic.partitions()).containsExactly(new PartitionView(0, 120, 10.0), new PartitionView(1, 50, 0.0));
		assertThat(topic.ratePerSecond()).isEqualTo(10.0);
	}

	@Test
	void shouldNotRateAPartitionWhoseEndMovedBack() {
		ClusterRead first = read(T0, Map.of(P0, 100L, P1, 50L), null);
		ClusterRead recreated = read(T0.plusSeconds(2), Map.of(P0, 3L, P1, 50L), null);

		TopicView topic = PipelineAssembler.topics(recreated, first).get(0);

		assertThat(topic.partitions().get(0).ratePerSecond()).isNull();
		assertThat(topic.ratePerSecond()).isNull();
	}

	@Test
	void shouldShowTheDeadLetterTopicWithItsRoleAndEveryPartitionsEndOffset() {
		ClusterRead read = new ClusterRead(T0, List.of(Topics.PURCHASES, Topics.DEAD_LETTERS),
				Map.of(P0, 100L, DLQ0, 3L, DLQ1, 4L), 5, null);

		assertThat(PipelineAssembler.topics(read, null)).extracting(TopicView::role, TopicView::endOffset)
			.containsExactly(tuple(TopicRole.INPUT, 100L), tuple(TopicRole.DEAD_LETTER, 7L));
	}

	@Test
	void shouldMeasureLagInMessagesAndInSecondsSinceTheOldestUnreadRecord() {
		Group group = new Group("analytics-processor", "STABLE", List.of(), Map.of(P0, 90L, P1, 50L),
				Map.of(P0, T0.minusMillis(2_500).toEpochMilli()));
		ClusterRead read = read(T0, Map.of(P0, 100L, P1, 50L), group);

		GroupView view = PipelineAssembler.group(read, List.of());

		assertThat(view.lag()).containsExactly(new PartitionLag(Topics.PURCHASES, 0, 90, 100, 10, 2.5),
				new PartitionLag(Topics.PURCHASES, 1, 50, 50, 0, 0.0));
		assertThat(view.totalLag()).isEqualTo(new GroupView.TotalLag(10, 2.5));
	}

	@Test
	void shouldNotKnowTheSecondsOfLagWithoutTheOldestUnreadRecord() {
		Group group = new Group("analytics-processor", "STABLE", List.of(), Map.of(P0, 90L), Map.of());
		ClusterRead read = read(T0, Map.of(P0, 100L), group);

		GroupView view = PipelineAssembler.group(read, List.of());

		assertThat(view.lag().get(0).seconds()).isNull();
		assertThat(view.totalLag()).isEqualTo(new GroupView.TotalLag(10, null));
	}

	@Test
	void shouldCountARecordStampedAheadOfTheClockAsNoLagInSeconds() {
		Group group = new Group("analytics-processor", "STABLE", List.of(), Map.of(P0, 90L),
				Map.of(P0, T0.plusSeconds(30).toEpochMilli()));

		GroupView view = PipelineAssembler.group(read(T0, Map.of(P0, 100L), group), List.of());

		assertThat(view.lag().get(0).seconds()).isZero();
	}

	@Test
	void shouldHaveNoGroupWhenItDoesNotExist() {
		assertThat(PipelineAssembler.group(read(T0, Map.of(P0, 1L), null), List.of())).isNull();
	}

	private static ClusterRead read(Instant at, Map<TopicPartition, Long> endOffsets, Group group) {
		return new ClusterRead(at, List.of(Topics.PURCHASES), endOffsets, 0, group);
	}

}
