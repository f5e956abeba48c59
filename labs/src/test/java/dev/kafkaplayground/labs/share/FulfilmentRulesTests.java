package dev.kafkaplayground.labs.share;

import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a worker acknowledges a delivery, given which delivery it is and whether it fails.
 */
class FulfilmentRulesTests {

	private static final double LOW_DRAW = 0.0;

	private static final double HIGH_DRAW = 0.999;

	@Test
	void shouldAcceptADeliveryThatDoesNotFail() {
		FulfilmentRules rules = new FulfilmentRules(0.5, 0, 3);
		assertThat(rules.decide(7, 1, HIGH_DRAW)).isEqualTo(AcknowledgeType.ACCEPT);
		assertThat(rules.decide(7, 3, 0.5)).isEqualTo(AcknowledgeType.ACCEPT);
		assertThat(new FulfilmentRules(0, 0, 3).decide(7, 1, LOW_DRAW)).isEqualTo(AcknowledgeType.ACCEPT);
	}

	@Test
	void shouldReleaseAFailedDeliveryBeforeTheLastAttempt() {
		FulfilmentRules rules = new FulfilmentRules(0.5, 0, 3);
		assertThat(rules.decide(7, 1, 0.49)).isEqualTo(AcknowledgeType.RELEASE);
		assertThat(rules.decide(7, 2, LOW_DRAW)).isEqualTo(AcknowledgeType.RELEASE);
	}

	@Test
	void shouldRejectAFailedDeliveryAtTheLastAttempt() {
		FulfilmentRules rules = new FulfilmentRules(1, 0, 3);
		assertThat(rules.decide(7, 3, HIGH_DRAW)).isEqualTo(AcknowledgeType.REJECT);
		// delivered once more than asked for (the group's earlier workers allowed more)
		assertThat(rules.decide(7, 4, HIGH_DRAW)).isEqualTo(AcknowledgeType.REJECT);
		assertThat(new FulfilmentRules(1, 0, 1).decide(7, 1, HIGH_DRAW)).isEqualTo(AcknowledgeType.REJECT);
	}

	@Test
	void shouldFailAPoisonOrderAtEveryDeliveryWhateverTheDraw() {
		FulfilmentRules rules = new FulfilmentRules(0, 10, 3);
		assertThat(rules.decide(20, 1, HIGH_DRAW)).isEqualTo(AcknowledgeType.RELEASE);
		assertThat(rules.decide(20, 2, HIGH_DRAW)).isEqualTo(AcknowledgeType.RELEASE);
		assertThat(rules.decide(20, 3, HIGH_DRAW)).isEqualTo(AcknowledgeType.REJECT);
		assertThat(rules.decide(0, 1, HIGH_DRAW)).isEqualTo(AcknowledgeType.RELEASE);
		assertThat(rules.decide(21, 1, LOW_DRAW)).isEqualTo(AcknowledgeType.ACCEPT);
	}

	@Test
	void shouldHaveNoPoisonOrdersWithoutPoisonEvery() {
		FulfilmentRules rules = new FulfilmentRules(0, 0, 3);
		assertThat(rules.isPoison(0)).isFalse();
		assertThat(rules.isPoison(10)).isFalse();
		assertThat(new FulfilmentRules(0, 1, 3).isPoison(13)).isTrue();
	}

}
