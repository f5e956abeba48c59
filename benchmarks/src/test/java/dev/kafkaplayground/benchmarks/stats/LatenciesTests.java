package dev.kafkaplayground.benchmarks.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LatenciesTests {

	private final Latencies latencies = new Latencies();

	@Test
	void shouldGiveNearestRankPercentiles() {
		for (int millis = 1; millis <= 100; millis++) {
			this.latencies.record(millis);
		}

		assertThat(this.latencies.count()).isEqualTo(100);
		assertThat(this.latencies.percentile(0.50)).isEqualTo(50);
		assertThat(this.latencies.percentile(0.90)).isEqualTo(90);
		assertThat(this.latencies.percentile(0.99)).isEqualTo(99);
		assertThat(this.latencies.percentile(1.0)).isEqualTo(100);
		assertThat(this.latencies.max()).isEqualTo(100);
	}

	@Test
	void shouldRoundTheRankUp() {
		this.latencies.record(10);
		this.latencies.record(20);
		this.latencies.record(30);

		// 0.5 x 3 = 1.5: the second sample
		assertThat(this.latencies.percentile(0.5)).isEqualTo(20);
		assertThat(this.latencies.percentile(0.99)).isEqualTo(30);
	}

	@Test
	void shouldGiveTheMaximumForPercentilesBeyondTheExactRange() {
		this.latencies.record(5);
		this.latencies.record(Latencies.RANGE_MILLIS + 12_345);

		assertThat(this.latencies.percentile(0.5)).isEqualTo(5);
		assertThat(this.latencies.percentile(0.99)).isEqualTo(Latencies.RANGE_MILLIS + 12_345);
		assertThat(this.latencies.max()).isEqualTo(Latencies.RANGE_MILLIS + 12_345);
	}

	@Test
	void shouldCountANegativeDelayAsZero() {
		this.latencies.record(-3);

		assertThat(this.latencies.percentile(0.5)).isZero();
		assertThat(this.latencies.max()).isZero();
	}

	@Test
	void shouldSayMinusOneWithoutSamples() {
		assertThat(this.latencies.count()).isZero();
		assertThat(this.latencies.percentile(0.99)).isEqualTo(-1);
	}

	@Test
	void shouldRefuseFractionsOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.latencies.percentile(0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.latencies.percentile(99));
	}

}
