package dev.kafkaplayground.generator.traffic;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PacerTests {

	private static final long MS = Duration.ofMillis(1).toNanos();

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	@Test
	void shouldKeepTheLongRunRateExactAcrossFractions() {
		Pacer pacer = new Pacer(ONE_SECOND);
		int total = 0;
		for (int tick = 0; tick < 200; tick++) {
			total += pacer.due(50 * MS, 30);
		}
		assertThat(total).isEqualTo(300);
	}

	@Test
	void shouldSendNothingUntilAWholeEventIsDue() {
		Pacer pacer = new Pacer(ONE_SECOND);
		assertThat(pacer.due(400 * MS, 1)).isZero();
		assertThat(pacer.due(400 * MS, 1)).isZero();
		assertThat(pacer.due(400 * MS, 1)).isOne();
	}

	@Test
	void shouldNotBurstAfterAStall() {
		Pacer pacer = new Pacer(ONE_SECOND);
		assertThat(pacer.due(30 * SECOND, 100)).isEqualTo(100);
		assertThat(pacer.due(50 * MS, 100)).isEqualTo(5);
	}

	@Test
	void shouldCountExactlyAcrossARateChange() {
		Pacer pacer = new Pacer(ONE_SECOND);
		long total = 0;
		for (int tick = 0; tick < 600; tick++) {
			total += pacer.due(50 * MS, 20);
		}
		assertThat(total).isEqualTo(600);
		for (int tick = 0; tick < 600; tick++) {
			total += pacer.due(50 * MS, 500);
		}
		assertThat(total).isEqualTo(600 + 15_000);
	}

	@Test
	void shouldCarryTheFractionOverWhenTheRateChanges() {
		Pacer pacer = new Pacer(ONE_SECOND);
		// half an event owed at 1/s, then half an event's time at 2/s: one whole event
		assertThat(pacer.due(500 * MS, 1)).isZero();
		assertThat(pacer.due(250 * MS, 2)).isOne();
	}

	@Test
	void shouldPaceFractionalRatesExactly() {
		Pacer pacer = new Pacer(ONE_SECOND);
		long total = 0;
		for (int tick = 0; tick < 100 * 3600 * 10; tick++) {
			int due = pacer.due(100 * MS, 0.1);
			if ((tick + 1) % 100 == 0) {
				assertThat(due).as("due at %d s", (tick + 1) / 10).isOne();
			}
			total += due;
		}
		// 100 hours at one event every 10 s
		assertThat(total).isEqualTo(36_000);
	}

	@Test
	void shouldCountExactlyWhenTheRateChangesOnEveryCall() {
		Pacer pacer = new Pacer(ONE_SECOND);
		long total = 0;
		for (int tick = 0; tick < 36_000; tick++) {
			// 0.3/s and 0.7/s by turns in 100 ms ticks: 0.1 events per pair, one every 2
			// s
			total += pacer.due(100 * MS, (tick % 2 == 0) ? 0.3 : 0.7);
		}
		assertThat(total).isEqualTo(1_800);
	}

	@Test
	void shouldAchieveTheTargetWithinFivePercentOverAnySixtySeconds() {
		SplittableRandom random = new SplittableRandom(21);
		Pacer pacer = new Pacer(ONE_SECOND);
		int ticks = 20_000;
		long[] atNanos = new long[ticks + 1];
		long[] sentSoFar = new long[ticks + 1];
		double[] targetSoFar = new double[ticks + 1];
		for (int tick = 1; tick <= ticks; tick++) {
			// jittery ticks of 1 to 100 ms at a rate that follows a slow wave
			long elapsed = random.nextLong(MS, 100 * MS);
			atNanos[tick] = atNanos[tick - 1] + elapsed;
			double rate = 50 + 30 * Math.sin(atNanos[tick] / (double) SECOND / 100);
			sentSoFar[tick] = sentSoFar[tick - 1] + pacer.due(elapsed, rate);
			targetSoFar[tick] = targetSoFar[tick - 1] + rate * elapsed / SECOND;
		}
		int end = 0;
		for (int start = 0; start <= ticks; start++) {
			while (end <= ticks && atNanos[end] - atNanos[start] < 60 * SECOND) {
				end++;
			}
			if (end > ticks) {
				break;
			}
			double target = targetSoFar[end] - targetSoFar[start];
			long sent = sentSoFar[end] - sentSoFar[start];
			assertThat((double) sent).as("from %d ms", atNanos[start] / MS).isBetween(target * 0.95, target * 1.05);
		}
	}

	@Test
	void shouldTreatNegativeElapsedTimeAsNone() {
		Pacer pacer = new Pacer(ONE_SECOND);
		assertThat(pacer.due(-5 * SECOND, 100)).isZero();
		assertThat(pacer.due(10 * MS, 100)).isOne();
	}

	@Test
	void shouldCapASingleCallAtTheLargestInt() {
		Pacer pacer = new Pacer(Duration.ofDays(1));
		assertThat(pacer.due(Duration.ofDays(1).toNanos(), 1e12)).isEqualTo(Integer.MAX_VALUE);
		// what the capped call owed is dropped, not paid out over the next calls
		assertThat(pacer.due(MS, 1000)).isOne();
	}

	@Test
	void shouldSendNothingAtZeroRate() {
		Pacer pacer = new Pacer(ONE_SECOND);
		assertThat(pacer.due(SECOND, 0)).isZero();
		assertThat(pacer.due(SECOND, 0)).isZero();
	}

	@Test
	void shouldRejectBadArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pacer(Duration.ZERO))
			.withMessage("maxCatchUp must be greater than 0 but was PT0S");
		Pacer pacer = new Pacer(ONE_SECOND);
		assertThatIllegalArgumentException().isThrownBy(() -> pacer.due(MS, -1))
			.withMessage("event rate must be a finite number ≥ 0 but was -1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> pacer.due(MS, Double.POSITIVE_INFINITY))
			.withMessage("event rate must be a finite number ≥ 0 but was Infinity");
	}

}
