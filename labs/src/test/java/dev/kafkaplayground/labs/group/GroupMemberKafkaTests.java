package dev.kafkaplayground.labs.group;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Group members against a real broker: two members of one group split six partitions, and
 * the partitions of a member that leaves go to the other; a member commits what it read.
 */
class GroupMemberKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.embedded();

	private static final Set<Integer> ALL = Set.of(0, 1, 2, 3, 4, 5);

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@ParameterizedTest
	@EnumSource(GroupProtocol.class)
	void shouldSplitThePartitionsAndHandThemOverWhenAMemberLeaves(GroupProtocol protocol) throws Exception {
		String topic = createTopic("lab.members-" + protocol.configValue());
		MemberSettings settings = new MemberSettings(broker.bootstrapServers(), "lab-split-" + protocol.configValue(),
				topic, false, protocol, Duration.ofSeconds(1));
		Member first = start(settings, new StringWriter());
		await().atMost(Duration.ofSeconds(60)).until(() -> first.holding().equals(ALL));

		StringWriter secondOut = new StringWriter();
		Member second = start(settings, secondOut);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> first.holding().size() == 3 && second.holding().size() == 3
					&& union(first, second).equals(ALL));

		second.stop();
		await().atMost(Duration.ofSeconds(60)).until(() -> first.holding().equals(ALL));
		first.stop();
		assertThat(secondOut.toString()).contains("Rebalance: assigned partitions", "Leaving group lab-split-");
	}

	@Test
	void shouldCommitWhatItReadAndLeaveAtMaxRecords() throws Exception {
		String topic = createTopic("lab.members-commit");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < 30; i++) {
				producer.send(new ProducerRecord<>(topic, "session-" + i, "record " + i));
			}
		}
		CliRun run = CliRun.of("group-member", "--bootstrap-server", broker.bootstrapServers(), "--topic", topic,
				"--group", "lab-commit", "--from-beginning", "--max-records", "30", "--report-every", "1s");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("Rebalance: assigned partitions [0, 1, 2, 3, 4, 5] of " + topic,
				"Leaving group lab-commit after reading 30 records");
		try (Admin admin = admin()) {
			long committed = admin.listConsumerGroupOffsets("lab-commit")
				.partitionsToOffsetAndMetadata()
				.get()
				.values()
				.stream()
				.mapToLong((offset) -> offset.offset())
				.sum();
			assertThat(committed).isEqualTo(30);
		}
	}

	@Test
	void shouldSayWhenTheTopicDoesNotExist() {
		CliRun run = CliRun.of("group-member", "--bootstrap-server", broker.bootstrapServers(), "--topic",
				"lab.no-such-topic");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err())
			.isEqualTo("group-member: topic lab.no-such-topic does not exist" + System.lineSeparator());
	}

	private Member start(MemberSettings settings, StringWriter out) {
		Member member = new Member(settings, new PrintWriter(out, true), Limits.NONE);
		this.threads.submit(member);
		return member;
	}

	private static Set<Integer> union(Member first, Member second) {
		Set<Integer> union = new HashSet<>(first.holding());
		union.addAll(second.holding());
		return union;
	}

	private static String createTopic(String topic) throws Exception {
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(topic, ALL.size(), (short) 1))).all().get();
		}
		return topic;
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
	}

}
