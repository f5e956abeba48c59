package dev.kafkaplayground.labs.group;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a group member prints every few seconds, and the consumer it asks for.
 */
class ReadTallyTests {

	@Test
	void shouldReportRecordsPerPartitionSinceTheLastReportWithPositions() {
		ReadTally tally = new ReadTally();
		tally.add(3, 5);
		tally.add(0, 7);
		tally.add(3, 2);
		assertThat(tally.report(List.of(0, 3), (partition) -> 100L + partition, 5))
			.isEqualTo("read 14 in 5 s: p0 +7 (position 100), p3 +7 (position 103); 14 in all");
		tally.add(0, 1);
		assertThat(tally.report(List.of(0, 3, 4), (partition) -> 0L, 5))
			.isEqualTo("read 1 in 5 s: p0 +1 (position 0), p3 +0 (position 0), p4 +0 (position 0); 15 in all");
		assertThat(tally.report(List.of(), (partition) -> 0L, 5)).isEqualTo("read 0 in 5 s: no partitions; 15 in all");
	}

	@Test
	void shouldCommitItselfAndReadCommittedWithTheProtocolAskedFor() {
		MemberSettings settings = new MemberSettings("localhost:9092", "lab-members", "store.purchases", true,
				GroupProtocol.CONSUMER, Duration.ofSeconds(5));
		assertThat(settings.consumerConfig()).containsEntry(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer")
			.containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
			.containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
			.containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
			.containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "lab-members");
		assertThat(GroupProtocol.valueOf(GroupProtocol.DEFAULT.toUpperCase()).configValue()).isEqualTo("classic");
	}

}
