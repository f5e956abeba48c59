package dev.kafkaplayground.localkafka;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TopicSetupOptionsTests {

	@Test
	void shouldDefaultToTheLocalBroker() {
		TopicSetupOptions options = TopicSetupOptions.parse(new String[0]).orElseThrow();
		assertThat(options).isEqualTo(new TopicSetupOptions("localhost:9092", 6, (short) 1, Duration.ofSeconds(60)));
	}

	@Test
	void shouldReadEveryOption() {
		TopicSetupOptions options = TopicSetupOptions
			.parse(new String[] { "--bootstrap-server", "kafka:29092", "--partitions", "3", "--replication-factor", "2",
					"--timeout", "2m" })
			.orElseThrow();
		assertThat(options).isEqualTo(new TopicSetupOptions("kafka:29092", 3, (short) 2, Duration.ofMinutes(2)));
	}

	@Test
	void shouldDefineEveryPlaygroundTopicWithTheChosenShape() {
		TopicSetupOptions options = TopicSetupOptions.parse(new String[] { "--partitions", "4" }).orElseThrow();
		assertThat(options.definitions().all()).hasSize(9)
			.filteredOn((topic) -> !topic.name().equals("analytics.processor-status"))
			.allSatisfy((topic) -> assertThat(topic.numPartitions()).isEqualTo(4))
			.extracting(NewTopic::name)
			.contains("store.game-views", "generator.truth", "analytics.metrics", "analytics.dlq");
	}

	@Test
	void shouldNameABadPartitionCount() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> TopicSetupOptions.parse(new String[] { "--partitions", "0" }))
			.withMessageContaining("'--partitions'");
	}

	@Test
	void shouldReturnUsageStatusForABadCommandLine() {
		assertThat(TopicSetup.run(new String[] { "--bootstrap", "x" })).isEqualTo(Usage.STATUS);
	}

	@Test
	void shouldSucceedWithHelp() {
		assertThat(TopicSetup.run(new String[] { "--help" })).isZero();
	}

}
