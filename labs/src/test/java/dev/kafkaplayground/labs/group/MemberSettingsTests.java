package dev.kafkaplayground.labs.group;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer a group member asks for, and when it leaves by itself.
 */
class MemberSettingsTests {

	@Test
	void shouldStopAtTheRecordCountOrTheDeadline() {
		Instant later = Instant.now().plusSeconds(3600);
		assertThat(new Limits(30, later).reached(29)).isFalse();
		assertThat(new Limits(30, later).reached(31)).isTrue();
		assertThat(new Limits(30, Instant.now().minusMillis(1)).reached(0)).isTrue();
		assertThat(Limits.NONE.reached(Long.MAX_VALUE - 1)).isFalse();
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
