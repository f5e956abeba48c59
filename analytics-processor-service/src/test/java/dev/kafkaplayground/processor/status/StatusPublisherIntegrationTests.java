package dev.kafkaplayground.processor.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.processor.AnalyticsProcessorApplication;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on a real broker, started as {@code main} starts it: it publishes its
 * status while it runs and a tombstone when it stops, its stream threads' consumers carry
 * its instance id, and it leaves its group when it stops.
 */
class StatusPublisherIntegrationTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	private static final String RUN = UUID.randomUUID().toString();

	private static final String INSTANCE = "status-test-" + RUN.substring(0, 8);

	private final List<ConsumerRecord<String, ProcessorStatus>> received = new ArrayList<>();

	private ConfigurableApplicationContext application;

	private KafkaConsumer<String, ProcessorStatus> consumer;

	@AfterEach
	void close() {
		if (this.application != null) {
			this.application.close();
		}
		if (this.consumer != null) {
			this.consumer.close();
		}
	}

	@Test
	void shouldPublishItsStatusWhileRunningAndATombstoneWhenItStops() throws Exception {
		this.application = AnalyticsProcessorApplication.application()
			.run("--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
					"--spring.kafka.streams.application-id=analytics-processor-status-test-" + RUN,
					"--spring.kafka.streams.state-dir="
							+ Path.of("target", "kafka-streams-state", RUN).toAbsolutePath(),
					"--server.port=0", "--playground.processor.instance-id=" + INSTANCE,
					"--playground.processor.status-interval=300ms");
		int port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		subscribeToStatus();

		ProcessorStatus running = await().atMost(Duration.ofSeconds(60))
			.until(this::latest, (status) -> status != null && status.state().equals("RUNNING")
					&& status.partitions().keySet().containsAll(Topics.STORE_TOPICS));

		List<Integer> all = IntStream.range(0, TestKafka.PARTITIONS).boxed().toList();
		assertThat(running.instanceId()).isEqualTo(INSTANCE);
		assertThat(running.port()).isEqualTo(port);
		assertThat(running.host()).isNotBlank();
		Topics.STORE_TOPICS.forEach((topic) -> assertThat(running.partitions()).containsEntry(topic, all));
		assertThat(running.activeTasks()).contains("0_0", "0_5");
		assertThat(running.lastRebalance()).isNotNull();
		assertThat(running.lastRebalance().from()).isEmpty();
		assertThat(running.lastRebalance().to()).isEqualTo(running.partitions());
		// the group's members tell which instance they belong to (the dashboard shows it)
		assertThat(memberClientIds()).isNotEmpty()
			.allSatisfy((clientId) -> assertThat(clientId).startsWith(INSTANCE + "-StreamThread-"));

		this.application.close();
		this.application = null;
		// it left the group when it stopped: the others own its partitions at once,
		// not only once its session (session.timeout.ms, 10 s) has timed out
		await().atMost(Duration.ofSeconds(5)).until(this::memberClientIds, List::isEmpty);
		int before = this.received.size();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			poll();
			assertThat(this.received.subList(before, this.received.size())).last()
				.satisfies((last) -> assertThat(last.value()).as("tombstone").isNull());
		});
	}

	private List<String> memberClientIds() throws Exception {
		String group = "analytics-processor-status-test-" + RUN;
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			return admin.describeConsumerGroups(List.of(group))
				.all()
				.get()
				.get(group)
				.members()
				.stream()
				.map(MemberDescription::clientId)
				.toList();
		}
	}

	private void subscribeToStatus() {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
				new StringDeserializer(), PlaygroundSerdes.processorStatus().deserializer());
		TopicPartition partition = new TopicPartition(Topics.PROCESSOR_STATUS, 0);
		this.consumer.assign(List.of(partition));
		this.consumer.seekToBeginning(List.of(partition));
	}

	/** The latest status of this test's instance received so far. */
	private ProcessorStatus latest() {
		poll();
		List<ConsumerRecord<String, ProcessorStatus>> ours = this.received.stream()
			.filter((record) -> record.key().equals(INSTANCE))
			.toList();
		return ours.isEmpty() ? null : ours.get(ours.size() - 1).value();
	}

	private void poll() {
		this.consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
			if (INSTANCE.equals(record.key())) {
				this.received.add(record);
			}
		});
	}

}
