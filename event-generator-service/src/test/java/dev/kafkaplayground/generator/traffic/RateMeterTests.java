package dev.kafkaplayground.generator.traffic;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RateMeterTests {

	private static final long MS = Duration.ofMillis(1).toNanos();

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	// like System.nanoTime(): an arbitrary origin, here one that crosses 0 during the
	// test
	private static final long T0 = -7 * SECOND;

	@Test
	void shouldReadZeroBeforeAnythingIsRecorded() {
		assertThat(new RateMeter(Duration.ofSeconds(10)).perSecond(T0)).isZero();
	}

	@Test
	void shouldMeasureASteadyRate() {
		RateMeter meter = started(5);
		long now = feed(meter, T0, 30 * SECOND, 50 * MS, 5);
		assertThat(meter.perSecond(now)).isCloseTo(100, within(1e-9));
	}

	@Test
	void shouldBeRightASecondAfterStart() {
		RateMeter meter = started(5);
		long now = feed(meter, T0, SECOND, 50 * MS, 5);
		assertThat(meter.perSecond(now)).isCloseTo(100, within(1e-9));
		now = feed(meter, now, 2500 * MS, 50 * MS, 5);
		assertThat(meter.perSecond(now)).isCloseTo(100, within(1e-9));
	}

	@Test
	void shouldLeaveOutTheFirstRecordsCountAsItBelongsToTimeBeforeIt() {
		RateMeter meter = new RateMeter(Duration.ofSeconds(10));
		meter.record(T0, 1_000);
		assertThat(meter.perSecond(T0)).isZero();
		assertThat(meter.perSecond(T0 + SECOND)).isZero();
		meter.record(T0 + 2 * SECOND, 10);
		assertThat(meter.perSecond(T0 + 2 * SECOND)).isCloseTo(5, within(1e-9));
	}

	@Test
	void shouldSlideToANewRate() {
		RateMeter meter = started(10);
		long now = feed(meter, T0, 30 * SECOND, 100 * MS, 10);
		now = feed(meter, now, 5 * SECOND, 100 * MS, 30);
		// the window is the last 10 s: 5 s at 100/s and 5 s at 300/s
		assertThat(meter.perSecond(now)).isCloseTo(200, within(1e-9));
		now = feed(meter, now, 10 * SECOND, 100 * MS, 30);
		assertThat(meter.perSecond(now)).isCloseTo(300, within(1e-9));
	}

	@Test
	void shouldLookBackBetweenNineTenthsOfTheWindowAndAllOfIt() {
		RateMeter meter = started(10);
		long now = feed(meter, T0, 30 * SECOND, 100 * MS, 10);
		now = feed(meter, now, 500 * MS, 100 * MS, 30);
		// the buckets of the last 9.5 s: 9 s at 100/s and 0.5 s at 300/s
		assertThat(meter.perSecond(now)).isCloseTo((900 + 150) / 9.5, within(1e-9));
	}

	@Test
	void shouldFallToZeroWhenRecordingStops() {
		RateMeter meter = started(10);
		long now = feed(meter, T0, 30 * SECOND, 100 * MS, 10);
		// 5 s of the last 10 s at 100/s
		assertThat(meter.perSecond(now + 5 * SECOND)).isCloseTo(50, within(1e-9));
		assertThat(meter.perSecond(now + 10 * SECOND)).isZero();
	}

	@Test
	void shouldCountATickRecordedJustAfterTheReadersClock() {
		RateMeter meter = started(10);
		long now = feed(meter, T0, 2 * SECOND, 100 * MS, 10);
		// the reader took the time 1 ms before the writer recorded the last tick
		assertThat(meter.perSecond(now - MS)).isCloseTo(100, within(1e-9));
	}

	@Test
	void shouldStartAfreshAfterAReset() {
		RateMeter meter = started(50);
		long now = feed(meter, T0, 30 * SECOND, 100 * MS, 50);
		meter.reset();
		assertThat(meter.perSecond(now)).isZero();
		meter.record(now, 2);
		now = feed(meter, now, 2 * SECOND, 100 * MS, 2);
		assertThat(meter.perSecond(now)).isCloseTo(20, within(1e-9));
	}

	@Test
	void shouldUseTheWindowItWasGiven() {
		RateMeter meter = new RateMeter(Duration.ofMinutes(1));
		meter.record(T0, 0);
		long now = feed(meter, T0, 60 * SECOND, SECOND, 10);
		now = feed(meter, now, 30 * SECOND, SECOND, 40);
		// the last minute: 30 s at 10/s and 30 s at 40/s
		assertThat(meter.perSecond(now)).isCloseTo(25, within(1e-9));
	}

	@Test
	void shouldRejectBadArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateMeter(Duration.ZERO))
			.withMessage("rate window must be at least 10 ns but was PT0S");
		RateMeter meter = new RateMeter(Duration.ofSeconds(10));
		assertThatIllegalArgumentException().isThrownBy(() -> meter.record(T0, -1))
			.withMessage("event count must be ≥ 0 but was -1");
	}

	/** A 10 s meter whose first tick, of {@code perTick} events, ended at {@link #T0}. */
	private static RateMeter started(int perTick) {
		RateMeter meter = new RateMeter(Duration.ofSeconds(10));
		meter.record(T0, perTick);
		return meter;
	}

	/**
	 * Records {@code perTick} events every {@code tick} until {@code span} after
	 * {@code from}.
	 * @return the time of the last record
	 */
	private static long feed(RateMeter meter, long from, long span, long tick, int perTick) {
		long now = from;
		while (now - from < span) {
			now += tick;
			meter.record(now, perTick);
		}
		return now;
	}

}
