package dev.kafkaplayground.processor.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.processor.AnalyticsSensors;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.status.Rebalance;
import dev.kafkaplayground.events.topics.Topics;

import static dev.kafkaplayground.processor.status.Threads.task;
import static dev.kafkaplayground.processor.status.Threads.thread;
import static org.assertj.core.api.Assertions.assertThat;

class StatusAssemblerTests {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:03.250Z");

	private static final InstanceIdentity IDENTITY = new InstanceIdentity("processor-2", "host-a", 8083);

	private final FakeStreams streams = new FakeStreams();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final RebalanceTracker rebalances = new RebalanceTracker(this.streams::assignment, this.clock);

	private final StatusAssembler assembler = new StatusAssembler(this.streams, this.rebalances, this.clock);

	@AfterEach
	void close() {
		this.streams.metrics.close();
	}

	@Test
	void shouldReportAStartingInstanceWithoutTasksOrRebalance() {
		this.streams.state = "REBALANCING";
		assertThat(this.assembler.assemble(IDENTITY)).isEqualTo(new ProcessorStatus("processor-2", "REBALANCING",
				"host-a", 8083, List.of(), List.of(), Map.of(), 0, 0, 0, null, NOW));
	}

	@Test
	void shouldReportTasksPartitionsCountsAndTheLastRebalance() {
		this.streams.assignment = Assignment
			.of(List.of(thread("t-1", Set.of(task(0, 1, Topics.PURCHASES), task(0, 4, Topics.PURCHASES)),
					Set.of(task(0, 2, Topics.PURCHASES)))));
		this.rebalances.onChange(State.REBALANCING, State.CREATED);
		this.rebalances.onChange(State.RUNNING, State.REBALANCING);
		this.streams.state = "RUNNING";
		record(StreamsCounts.TOPIC_METRICS, StreamsCounts.RECORDS_CONSUMED, Map.of("topic", Topics.PURCHASES), 40);
		record(AnalyticsSensors.GROUP, AnalyticsSensors.RECORDS_REJECTED.total(), Map.of("task-id", "0_1"), 2);

		ProcessorStatus status = this.assembler.assemble(IDENTITY);

		Map<String, List<Integer>> partitions = Map.of(Topics.PURCHASES, List.of(1, 4));
		assertThat(status)
			.isEqualTo(new ProcessorStatus("processor-2", "RUNNING", "host-a", 8083, List.of("0_1", "0_4"),
					List.of("0_2"), partitions, 40, 2, 0, new Rebalance(NOW, Map.of(), partitions), NOW));
	}

	private void record(String group, String name, Map<String, String> tags, double value) {
		Sensor sensor = this.streams.metrics.sensor(group + name + tags);
		sensor.add(new MetricName(name, group, "", tags), new CumulativeSum());
		sensor.record(value);
	}

}
