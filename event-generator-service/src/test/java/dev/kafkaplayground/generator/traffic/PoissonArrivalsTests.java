package dev.kafkaplayground.generator.traffic;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bounds are at least 4 standard deviations wide, so a different seed would pass as
 * well: the tests check the process, not one lucky draw.
 */
class PoissonArrivalsTests {

	private static final double MILLISECOND = 0.001;

	@Test
	void shouldArriveAtTheRateOnAverage() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(42));
		long count = 0;
		for (int step = 0; step < 10_000_000; step++) {
			count += arrivals.advance(50, MILLISECOND);
		}
		// expected 500 000, σ = √500 000 ≈ 707: 1 % is 7 σ
		assertThat(count).isBetween(495_000L, 505_000L);
	}

	@Test
	void shouldVaryLikePoissonWithVarianceEqualToTheMean() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(7));
		int buckets = 10_000;
		double sum = 0;
		double sumOfSquares = 0;
		for (int bucket = 0; bucket < buckets; bucket++) {
			int count = 0;
			for (int step = 0; step < 1000; step++) {
				count += arrivals.advance(50, MILLISECOND);
			}
			sum += count;
			sumOfSquares += (double) count * count;
		}
		double mean = sum / buckets;
		double variance = (sumOfSquares - buckets * mean * mean) / (buckets - 1);
		// the dispersion index of 10 000 Poisson counts has σ ≈ √(2 / 10 000) ≈ 0.014
		assertThat(variance / mean).isBetween(0.9, 1.1);
		assertThat(mean).isBetween(49.0, 51.0);
	}

	@Test
	void shouldCountTheIntegralOfAPiecewiseRate() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(3));
		long count = 0;
		for (int step = 0; step < 1_000_000; step++) {
			count += arrivals.advance(20, MILLISECOND);
		}
		for (int step = 0; step < 1_000_000; step++) {
			count += arrivals.advance(180, MILLISECOND);
		}
		// 20 000 + 180 000 = 200 000, σ ≈ 447: ±2 000 is 4.5 σ
		assertThat(count).isBetween(198_000L, 202_000L);
	}

	@Test
	void shouldCountTheIntegralOfARateThatChangesOnEveryCall() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(5));
		long count = 0;
		int steps = 2_000_000;
		for (int step = 0; step < steps; step++) {
			// a ramp from 0 to 200/s over 2 000 s: the integral is 200 000
			count += arrivals.advance(200.0 * step / steps, MILLISECOND);
		}
		assertThat(count).isBetween(198_000L, 202_000L);
	}

	@Test
	void shouldStayExactForTinySpans() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(11));
		long count = 0;
		for (int step = 0; step < 10_000_000; step++) {
			count += arrivals.advance(50, 0.000_01);
		}
		// 100 s at 50/s: 5 000, σ ≈ 71: ±400 is 5.7 σ
		assertThat(count).isBetween(4_600L, 5_400L);
	}

	@Test
	void shouldCountManyArrivalsInOneLongSpan() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(13));
		// 10 000 expected, σ = 100
		assertThat(arrivals.advance(1000, 10)).isBetween(9_500, 10_500);
	}

	@Test
	void shouldNotArriveAtZeroRateOrOverNoTime() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(17));
		long count = 0;
		for (int step = 0; step < 1_000_000; step++) {
			count += arrivals.advance(0, MILLISECOND) + arrivals.advance(1_000_000, 0);
		}
		assertThat(count).isZero();
	}

	@Test
	void shouldReproduceArrivalsFromTheSameSeed() {
		PoissonArrivals first = new PoissonArrivals(new SplittableRandom(99));
		PoissonArrivals second = new PoissonArrivals(new SplittableRandom(99));
		for (int step = 0; step < 100_000; step++) {
			assertThat(first.advance(300, MILLISECOND)).isEqualTo(second.advance(300, MILLISECOND));
		}
	}

	@Test
	void shouldRejectNegativeOrNonFiniteArguments() {
		PoissonArrivals arrivals = new PoissonArrivals(new SplittableRandom(1));
		assertThatIllegalArgumentException().isThrownBy(() -> arrivals.advance(-1, 1))
			.withMessage("arrival rate must be a finite number ≥ 0 but was -1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> arrivals.advance(Double.NaN, 1))
			.withMessage("arrival rate must be a finite number ≥ 0 but was NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> arrivals.advance(1, -0.5))
			.withMessage("span must be a finite number of seconds ≥ 0 but was -0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> arrivals.advance(1, Double.POSITIVE_INFINITY))
			.withMessage("span must be a finite number of seconds ≥ 0 but was Infinity");
	}

}
