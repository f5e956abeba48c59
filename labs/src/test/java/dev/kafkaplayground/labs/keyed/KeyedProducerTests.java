package dev.kafkaplayground.labs.keyed;

import java.util.List;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed producer's options and lines, without a broker: settings it refuses before
 * sending anything, and what it prints per record and at the end.
 */
class KeyedProducerTests {

	@Test
	void shouldRefuseAcksOtherThanAllOneOrZero() {
		CliRun run = CliRun.of("keyed-producer", "--acks", "2");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("keyed-producer: Option '--acks' must be all, 1 or 0 but was '2'");
	}

	@Test
	void shouldRefuseIdempotenceWithoutAcksAll() {
		CliRun run = CliRun.of("keyed-producer", "--acks", "1", "--idempotence", "true");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("keyed-producer: Option '--idempotence true' needs '--acks all'");
	}

	@Test
	void shouldRefuseToWriteToAPlaygroundTopic() {
		CliRun run = CliRun.of("keyed-producer", "--topic", "store.purchases");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("keyed-producer: Option '--topic' must name a lab topic, starting with "
				+ "'lab.', not one of the playground's, but was 'store.purchases'");
	}

	@Test
	void shouldRefuseNoRecordsOrABlankKey() {
		assertThat(CliRun.of("keyed-producer", "--count", "0").status()).isEqualTo(2);
		assertThat(CliRun.of("keyed-producer", "--keys", "a,,b").err()).contains("keys that are not blank");
	}

	@Test
	void shouldLeaveIdempotenceToKafkaUnlessAskedFor() {
		assertThat(new SendSettings("localhost:9092", "lab.keyed", 4, List.of("session-a"), "1", null).producerConfig())
			.containsEntry(ProducerConfig.ACKS_CONFIG, "1")
			.doesNotContainKey(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG);
		assertThat(
				new SendSettings("localhost:9092", "lab.keyed", 4, List.of("session-a"), "all", false).producerConfig())
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
		assertThat(new SendSettings("localhost:9092", "lab.keyed", 4, List.of("session-a"), "0", null))
			.hasToString("acks=0, idempotence=default");
	}

	@Test
	void shouldPrintEachRecordsPartitionAndThePartitionsOfEachKey() {
		Landings landings = new Landings();
		assertThat(landings.add("session-b", sent(4, 17))).isEqualTo("key=session-b partition=4 offset=17");
		assertThat(landings.add("session-a", sent(1, 3))).isEqualTo("key=session-a partition=1 offset=3");
		landings.add("session-b", sent(4, 18));
		assertThat(landings.add("session-a", sent(1, -1)))
			.isEqualTo("key=session-a partition=1 offset=unknown (acks=0: the broker does not answer)");
		assertThat(
				landings.summary(new SendSettings("localhost:9092", "lab.keyed", 4, List.of("session-a"), "0", null)))
			.isEqualTo("Sent 4 records to lab.keyed (acks=0, idempotence=default); partitions by key: "
					+ "session-a -> [1], session-b -> [4]");
	}

	private static RecordMetadata sent(int partition, long offset) {
		return new RecordMetadata(new TopicPartition("lab.keyed", partition), offset, 0, 0, 0, 0);
	}

}
