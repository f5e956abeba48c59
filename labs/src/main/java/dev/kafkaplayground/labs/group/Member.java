package dev.kafkaplayground.labs.group;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.kafkaplayground.labs.Stop;

/**
 * One consumer-group member: subscribes, prints its partitions at every rebalance,
 * commits after each poll and prints what it read every {@code reportEvery}, until its
 * limits are reached or {@link #stop()} is called. Closing the consumer leaves the group,
 * so that the others take its partitions over at once.
 */
public final class Member implements Runnable {

	private static final Duration POLL = Duration.ofMillis(200);

	private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

	private final MemberSettings settings;

	private final PrintWriter out;

	private final Limits limits;

	private final Stop stop = new Stop();

	private final Assignment assignment;

	public Member(MemberSettings settings, PrintWriter out, Limits limits) {
		this.settings = settings;
		this.out = out;
		this.limits = limits;
		this.assignment = new Assignment(settings.topic(), out);
	}

	@Override
	public void run() {
		ReadTally tally = new ReadTally();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.settings.consumerConfig(),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			// topics are not created on first use: a member of a mistyped one
			// would wait for ever
			if (consumer.partitionsFor(this.settings.topic(), METADATA_TIMEOUT).isEmpty()) {
				throw new IllegalStateException("topic " + this.settings.topic() + " does not exist");
			}
			consumer.subscribe(List.of(this.settings.topic()), this.assignment);
			Instant nextReport = Instant.now().plus(this.settings.reportEvery());
			while (!this.stop.asked() && !this.limits.reached(tally.total())) {
				ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
				records.partitions().forEach((tp) -> tally.add(tp.partition(), records.records(tp).size()));
				if (!records.isEmpty()) {
					consumer.commitSync();
				}
				if (!Instant.now().isBefore(nextReport)) {
					this.out.println(tally.report(this.assignment.holding(),
							(p) -> consumer.position(new TopicPartition(this.settings.topic(), p)),
							this.settings.reportEvery().toSeconds()));
					nextReport = Instant.now().plus(this.settings.reportEvery());
				}
			}
			this.out.println("Leaving group " + this.settings.group() + " after reading " + tally.total() + " records");
		}
		finally {
			this.stop.done();
		}
	}

	/** Asks the member to leave its group, and waits until it has (at most 30 s). */
	public void stop() {
		this.stop.askAndWait();
	}

	/** The partitions the member holds now. */
	public Set<Integer> holding() {
		return this.assignment.holding();
	}

}
