package dev.kafkaplayground.localkafka;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicSetupOptionsTests {

	@Test
	void shouldDefaultToTheLocalBroker() {
		TopicSetupOptions options = CliRun.parsed(new TopicSetupCommand()).options();
		assertThat(options).isEqualTo(new TopicSetupOptions("localhost:9092", 6, (short) 1, Duration.ofSeconds(60)));
	}

	@Test
	void shouldReadEveryOption() {
		TopicSetupOptions options = CliRun
			.parsed(new TopicSetupCommand(), "--bootstrap-server", "kafka:29092", "--partitions", "3",
					"--replication-factor", "2", "--timeout", "2m")
			.options();
		assertThat(options).isEqualTo(new TopicSetupOptions("kafka:29092", 3, (short) 2, Duration.ofMinutes(2)));
		assertThat(CliRun.parsed(new TopicSetupCommand(), "--bootstrap-server=kafka:29092", "--timeout=120s")
			.options()
			.timeout()).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void shouldDefineEveryPlaygroundTopicWithTheChosenShape() {
		TopicSetupOptions options = CliRun.parsed(new TopicSetupCommand(), "--partitions", "4").options();
		assertThat(options.definitions().all()).hasSize(9)
			.filteredOn((topic) -> !topic.name().equals("analytics.processor-status"))
			.allSatisfy((topic) -> assertThat(topic.numPartitions()).isEqualTo(4))
			.extracting(NewTopic::name)
			.contains("store.game-views", "generator.truth", "analytics.metrics", "analytics.dlq");
	}

	@Test
	void shouldNameABadPartitionCount() {
		CliRun run = CliRun.of(new TopicSetupCommand(), "--partitions", "0");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("'--partitions'");
	}

}
