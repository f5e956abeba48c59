package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerConfigTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldDescribeOneCombinedKraftNode() {
		Map<String, String> properties = config(19092, 19093).properties();
		assertThat(properties).containsEntry("process.roles", "broker,controller")
			.containsEntry("node.id", "1")
			.containsEntry("controller.quorum.bootstrap.servers", "localhost:19093")
			.containsEntry("controller.listener.names", "CONTROLLER")
			.containsEntry("listeners", "PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093")
			.containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092")
			.containsEntry("log.dirs", this.dataDir.resolve("logs").toString())
			.doesNotContainKey("zookeeper.connect");
	}

	@Test
	void shouldGiveEveryInternalTopicOneReplicaSoThatTransactionsWork() {
		Map<String, String> properties = config(9092, 9093).properties();
		assertThat(properties).containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1")
			.containsEntry("share.coordinator.state.topic.replication.factor", "1")
			.containsEntry("share.coordinator.state.topic.min.isr", "1")
			.containsEntry("default.replication.factor", "1")
			.containsEntry("min.insync.replicas", "1");
	}

	@Test
	void shouldSuitAPlayground() {
		Map<String, String> properties = config(9092, 9093).properties();
		assertThat(properties).containsEntry("group.initial.rebalance.delay.ms", "0")
			.containsEntry("num.partitions", "6")
			.containsEntry("auto.create.topics.enable", "false")
			.containsEntry("log.retention.hours", "24");
		assertThat(Long.parseLong(properties.get("log.segment.bytes")))
			.isLessThan(Long.parseLong(properties.get("log.retention.bytes")));
	}

	@Test
	void shouldWriteAPropertiesFileKafkaCanRead() throws IOException {
		BrokerConfig config = config(9092, 9093);
		Path file = config.writeTo(this.dataDir.resolve("nested/server.properties"));
		Properties read = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			read.load(reader);
		}
		assertThat(read).containsExactlyInAnyOrderEntriesOf(config.properties());
	}

	private BrokerConfig config(int port, int controllerPort) {
		return new BrokerConfig(new BrokerOptions(this.dataDir, "localhost", port, controllerPort));
	}

}
