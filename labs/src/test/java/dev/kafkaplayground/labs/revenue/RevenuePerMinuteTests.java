package dev.kafkaplayground.labs.revenue;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.Labs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the revenue job runs Kafka Streams: its own application id, exactly-once, and its
 * state in the folder given, relative to where it was started.
 */
class RevenuePerMinuteTests {

	@Test
	void shouldRunExactlyOnceWithItsStateInTheFolderGiven() {
		RevenuePerMinute command = parsed("--bootstrap-server", "broker:19092", "--state-dir", "labs-state");
		Properties config = command.streamsConfig();
		assertThat(config).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "lab-revenue-per-minute")
			.containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:19092")
			.containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
			.containsEntry(StreamsConfig.STATE_DIR_CONFIG, Path.of("labs-state").toAbsolutePath().toString());
	}

	@Test
	void shouldKeepItsStateUnderThePlaygroundFolderByDefault() {
		assertThat(parsed().streamsConfig()).containsEntry(StreamsConfig.STATE_DIR_CONFIG,
				Path.of(".playground", "labs", "state").toAbsolutePath().toString());
	}

	private static RevenuePerMinute parsed(String... args) {
		String[] line = new String[args.length + 1];
		line[0] = "revenue-per-minute";
		System.arraycopy(args, 0, line, 1, args.length);
		return (RevenuePerMinute) Labs.commandLine().parseArgs(line).subcommand().commandSpec().userObject();
	}

}
