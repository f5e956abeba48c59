package dev.kafkaplayground.labs.revenue;

import java.nio.file.Path;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the revenue job runs Kafka Streams: its own application id, exactly-once, and its
 * state in the folder given, relative to where it was started.
 */
class RevenuePerMinuteTests {

	@Test
	void shouldRunExactlyOnceWithItsStateInTheFolderGiven() {
		assertThat(RevenuePerMinute.streamsConfig("broker:19092", Path.of("labs-state")))
			.containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "lab-revenue-per-minute")
			.containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:19092")
			.containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
			.containsEntry(StreamsConfig.STATE_DIR_CONFIG, Path.of("labs-state").toAbsolutePath().toString());
	}

	@Test
	void shouldKeepItsStateUnderThePlaygroundFolderByDefault() {
		CliRun run = CliRun.of("revenue-per-minute", "--help");
		assertThat(run.out()).contains("--state-dir=DIR", "(default .playground/labs/state)");
	}

}
