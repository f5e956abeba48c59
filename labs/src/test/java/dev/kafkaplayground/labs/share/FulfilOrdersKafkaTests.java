package dev.kafkaplayground.labs.share;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;
import dev.kafkaplayground.labs.group.Limits;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Share-group workers against a real broker: more workers than partitions all get orders,
 * each order once; a failed order is delivered again with a higher delivery count until
 * it is rejected, and then never again; a poison order does not hold up the orders behind
 * it.
 */
class FulfilOrdersKafkaTests {

	private static final TestKafkaBroker broker = TestKafka.broker();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<Worker> workers = new ArrayList<>();

	@AfterEach
	void stopWorkers() {
		this.workers.forEach(Worker::stop);
		this.threads.shutdownNow();
	}

	@Test
	void shouldGiveOrdersToEveryWorkerWhenThereAreMoreWorkersThanPartitions() throws Exception {
		String topic = createTopic("lab.fulfil-spread", 2);
		startAtTheEarliestRecord("lab-spread");
		List<StringWriter> outs = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			StringWriter out = new StringWriter();
			outs.add(out);
			start(new WorkerSettings(broker.bootstrapServers(), "lab-spread", topic, "w" + i, null), out);
		}
		AtomicInteger sent = new AtomicInteger();
		try (KafkaProducer<String, String> producer = producer()) {
			// one order at a time while the workers run, to each partition in turn, so
			// that each order is a batch of its own that any worker may be given
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
				int number = sent.getAndIncrement();
				producer.send(new ProducerRecord<>(topic, number % 2, null, order("o-" + number))).get();
				return outs.stream().allMatch((out) -> out.toString().contains(" ACCEPT "));
			});
		}
		this.workers.forEach(Worker::stop);
		List<String> accepted = outs.stream()
			.flatMap((out) -> out.toString().lines())
			.filter((line) -> line.contains(" ACCEPT "))
			.map((line) -> line.split(" +")[2])
			.toList();
		// a queue: each order fulfilled by one worker only
		assertThat(accepted).doesNotHaveDuplicates();
		assertThat(outs).allSatisfy((out) -> assertThat(out.toString()).contains("left share group lab-spread: "));
	}

	@Test
	void shouldDeliverAFailedOrderAgainUntilItIsRejectedAndThenNeverAgain() throws Exception {
		String topic = createTopic("lab.fulfil-redeliver", 1);
		startAtTheEarliestRecord("lab-redeliver");
		send(topic, "o-1");
		CliRun failing = fulfil(topic, "lab-redeliver", "w1", "--fail-fraction", "1", "--max-attempts", "3",
				"--max-records", "3");
		assertThat(failing.status()).as(failing.err()).isZero();
		assertThat(failing.out().lines()).containsExactly(
				"Joining share group lab-redeliver on lab.fulfil-redeliver; Ctrl-C leaves the group",
				"w1 RELEASE lab.fulfil-redeliver-0@0 order o-1 delivery 1",
				"w1 RELEASE lab.fulfil-redeliver-0@0 order o-1 delivery 2",
				"w1 REJECT  lab.fulfil-redeliver-0@0 order o-1 delivery 3",
				"w1 left share group lab-redeliver: 0 accepted, 2 released, 1 rejected");

		send(topic, "o-2");
		CliRun next = fulfil(topic, "lab-redeliver", "w2", "--max-records", "1");
		assertThat(next.out().lines()).containsExactly(
				"Joining share group lab-redeliver on lab.fulfil-redeliver; Ctrl-C leaves the group",
				"w2 ACCEPT  lab.fulfil-redeliver-0@1 order o-2 delivery 1",
				"w2 left share group lab-redeliver: 1 accepted, 0 released, 0 rejected");
	}

	@Test
	void shouldRejectAPoisonOrderWithoutHoldingUpTheOthers() throws Exception {
		String topic = createTopic("lab.fulfil-poison", 1);
		startAtTheEarliestRecord("lab-poison");
		for (int i = 0; i < 4; i++) {
			send(topic, "o-" + i);
		}
		CliRun run = fulfil(topic, "lab-poison", "w1", "--poison-every", "2", "--max-attempts", "2", "--max-records",
				"6");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out().lines().filter((line) -> line.startsWith("w1 ") && line.contains("@")))
			.containsExactlyInAnyOrder("w1 RELEASE lab.fulfil-poison-0@0 order o-0 delivery 1",
					"w1 REJECT  lab.fulfil-poison-0@0 order o-0 delivery 2",
					"w1 ACCEPT  lab.fulfil-poison-0@1 order o-1 delivery 1",
					"w1 RELEASE lab.fulfil-poison-0@2 order o-2 delivery 1",
					"w1 REJECT  lab.fulfil-poison-0@2 order o-2 delivery 2",
					"w1 ACCEPT  lab.fulfil-poison-0@3 order o-3 delivery 1");
		assertThat(run.out()).contains("w1 left share group lab-poison: 2 accepted, 2 released, 2 rejected");
	}

	@Test
	void shouldSayWhenTheTopicDoesNotExist() {
		CliRun run = fulfil("lab.no-such-topic", "lab-nowhere", "w1");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err())
			.isEqualTo("fulfil-orders: topic lab.no-such-topic does not exist" + System.lineSeparator());
	}

	private void start(WorkerSettings settings, StringWriter out) {
		Worker worker = new Worker(settings, new FulfilmentRules(0, 0, 3), new PrintWriter(out, true), Limits.NONE);
		this.workers.add(worker);
		this.threads.submit(worker);
	}

	private static CliRun fulfil(String topic, String group, String worker, String... options) {
		List<String> args = new ArrayList<>(List.of("fulfil-orders", "--bootstrap-server", broker.bootstrapServers(),
				"--topic", topic, "--group", group, "--worker", worker));
		args.addAll(List.of(options));
		return CliRun.of(args.toArray(String[]::new));
	}

	private static String order(String orderId) {
		return "{\"eventType\":\"PURCHASE\",\"orderId\":\"" + orderId + "\"}";
	}

	private static void send(String topic, String orderId) throws Exception {
		try (KafkaProducer<String, String> producer = producer()) {
			producer.send(new ProducerRecord<>(topic, "session-1", order(orderId))).get();
		}
	}

	private static KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
				new StringSerializer(), new StringSerializer());
	}

	/** A new share group starts at the next new record unless told otherwise. */
	private static void startAtTheEarliestRecord(String group) throws Exception {
		try (Admin admin = admin()) {
			admin
				.incrementalAlterConfigs(
						Map.of(new ConfigResource(ConfigResource.Type.GROUP, group),
								List.of(new AlterConfigOp(new ConfigEntry("share.auto.offset.reset", "earliest"),
										AlterConfigOp.OpType.SET))))
				.all()
				.get();
		}
	}

	private static String createTopic(String topic, int partitions) throws Exception {
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		}
		return topic;
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
	}

}
