package dev.kafkaplayground.generator.publish;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatePacerTests {

	private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

	@Test
	void shouldKeepTheLongRunRateExactAcrossFractions() {
		RatePacer pacer = new RatePacer(30, TimeUnit.SECONDS.toNanos(1));
		int total = 0;
		for (int tick = 0; tick < 200; tick++) {
			total += pacer.due(50 * MS);
		}
		assertThat(total).isEqualTo(300);
	}

	@Test
	void shouldNotBurstAfterAStall() {
		RatePacer pacer = new RatePacer(100, TimeUnit.SECONDS.toNanos(1));
		assertThat(pacer.due(TimeUnit.SECONDS.toNanos(30))).isEqualTo(100);
	}

	@Test
	void shouldSendNothingUntilAWholeEventIsDue() {
		RatePacer pacer = new RatePacer(1, TimeUnit.SECONDS.toNanos(1));
		assertThat(pacer.due(400 * MS)).isZero();
		assertThat(pacer.due(400 * MS)).isZero();
		assertThat(pacer.due(400 * MS)).isOne();
	}

}
