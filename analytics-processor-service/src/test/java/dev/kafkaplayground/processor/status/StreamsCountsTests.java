package dev.kafkaplayground.processor.status;

import java.util.Map;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.processor.AnalyticsSensors;
import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts from a real Kafka metrics registry, with sensors added and removed the way Kafka
 * Streams does when tasks come and go.
 */
class StreamsCountsTests {

	private final Metrics metrics = new Metrics();

	private final StreamsCounts counts = new StreamsCounts();

	@AfterEach
	void close() {
		this.metrics.close();
	}

	@Test
	void shouldCountRecordsReadFromStoreTopicsOnly() {
		consumed("0_1", Topics.PURCHASES).record(5);
		consumed("0_1", Topics.SEARCHES).record(2);
		consumed("1_0", "analytics-processor-window-deltas-repartition").record(100);
		assertThat(read().processed()).isEqualTo(7);
	}

	@Test
	void shouldReadTheProcessorsOwnSensors() {
		analytics("0_1", AnalyticsSensors.RECORDS_REJECTED.total()).record(3);
		analytics("0_2", AnalyticsSensors.RECORDS_REJECTED.total()).record(1);
		analytics("1_0", AnalyticsSensors.LATE_RECORDS_DROPPED.total()).record(4);
		assertThat(read()).isEqualTo(new StreamsCounts.Counts(0, 4, 4));
	}

	@Test
	void shouldKeepCountsOfTasksThatMovedAway() {
		Sensor purchases = consumed("0_1", Topics.PURCHASES);
		purchases.record(5);
		assertThat(read().processed()).isEqualTo(5);
		purchases.record(3);
		this.metrics.removeSensor(purchases.name());
		// the task left between two readings: what it counted since the last one is
		// lost, the rest stays
		assertThat(read().processed()).isEqualTo(5);
		consumed("0_1", Topics.PURCHASES).record(2);
		assertThat(read().processed()).isEqualTo(7);
	}

	@Test
	void shouldTakeALowerValueForANewSensorUnderTheSameName() {
		Sensor rejected = analytics("0_1", AnalyticsSensors.RECORDS_REJECTED.total());
		rejected.record(10);
		read();
		this.metrics.removeSensor(rejected.name());
		analytics("0_1", AnalyticsSensors.RECORDS_REJECTED.total()).record(2);
		assertThat(read().deadLettered()).isEqualTo(12);
	}

	private StreamsCounts.Counts read() {
		return this.counts.read(this.metrics.metrics());
	}

	private Sensor consumed(String task, String topic) {
		return sensor(new MetricName(StreamsCounts.RECORDS_CONSUMED, StreamsCounts.TOPIC_METRICS, "",
				Map.of("thread-id", "t-1", "task-id", task, "processor-node-id", "source", "topic", topic)));
	}

	private Sensor analytics(String task, String name) {
		return sensor(new MetricName(name, AnalyticsSensors.GROUP, "",
				Map.of("thread-id", "t-1", "task-id", task, "analytics-id", task)));
	}

	private Sensor sensor(MetricName name) {
		Sensor sensor = this.metrics.sensor(name.group() + name.name() + name.tags());
		sensor.add(name, new CumulativeSum());
		return sensor;
	}

}
