package dev.kafkaplayground.labs.keyed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed producer against a real broker: it creates its topic with 6 partitions, and
 * every record of a key lands on the same partition, run after run.
 */
class KeyedProducerKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.embedded();

	@Test
	void shouldSendEveryRecordOfAKeyToTheSamePartitionEveryTime() throws Exception {
		String topic = "lab.keyed-same-partition";
		CliRun first = send(topic, "--count", "12");
		CliRun second = send(topic, "--count", "12", "--acks", "1");

		assertThat(first.out()).startsWith("topic " + topic + " created with 6 partitions");
		assertThat(second.out()).startsWith("topic " + topic + " exists with 6 partitions");
		Map<String, List<String>> partitionsByKey = recordLines(first, second).stream()
			.collect(Collectors.groupingBy((line) -> line.split(" ")[0],
					Collectors.mapping((line) -> line.split(" ")[1], Collectors.toList())));
		assertThat(partitionsByKey).containsOnlyKeys("key=session-a", "key=session-b", "key=session-c");
		partitionsByKey.values()
			.forEach((partitions) -> assertThat(partitions).hasSize(8).containsOnly(partitions.get(0)));
		assertThat(second.out()).contains("Sent 12 records to " + topic + " (acks=1, idempotence=default)");
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(6);
		}
	}

	@Test
	void shouldNotKnowTheOffsetWithoutAcks() {
		CliRun run = send("lab.keyed-no-acks", "--count", "3", "--acks", "0", "--keys", "session-x");
		assertThat(run.status()).isZero();
		assertThat(recordLines(run)).hasSize(3)
			.allMatch((line) -> line.endsWith("offset=unknown (acks=0: the broker does not answer)"));
	}

	private static CliRun send(String topic, String... options) {
		String[] args = new String[options.length + 5];
		System.arraycopy(
				new String[] { "keyed-producer", "--bootstrap-server", broker.bootstrapServers(), "--topic", topic }, 0,
				args, 0, 5);
		System.arraycopy(options, 0, args, 5, options.length);
		CliRun run = CliRun.of(args);
		assertThat(run.status()).as(run.err()).isZero();
		return run;
	}

	private static List<String> recordLines(CliRun... runs) {
		return java.util.Arrays.stream(runs)
			.flatMap((run) -> run.out().lines())
			.filter((line) -> line.startsWith("key="))
			.toList();
	}

}
