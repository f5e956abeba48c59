package dev.kafkaplayground.processor.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractCheckTests {

	@Test
	void shouldCapTheReasonSoADeadLetterStaysNearTheOriginalSize() {
		String reason = ContractCheck.abbreviate("field 'eventType' must be one of … but was \"" + "x".repeat(100_000));
		assertThat(reason).hasSize(ContractCheck.MAX_REASON_LENGTH).endsWith("...");
		assertThat(ContractCheck.abbreviate("short")).isEqualTo("short");
	}

}
