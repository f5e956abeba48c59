package dev.kafkaplayground.generator.traffic;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DailyCurveTests {

	// 2026-11-27 is a Friday
	private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 11, 27, 0, 0);

	private static final LocalDateTime SATURDAY = FRIDAY.plusDays(1);

	private static final LocalDateTime MONDAY = FRIDAY.plusDays(3);

	@Test
	void shouldRejectAnythingButTwentyFourValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(Collections.nCopies(23, 1.0), 1.0))
			.withMessage("hourly multipliers must be 24 values (hours 0 to 23) but were 23");
	}

	@Test
	void shouldRejectNegativeOrNonFiniteValuesNamingTheHour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(withHour(5, -1.0), 1.0))
			.withMessage("hourly multiplier for hour 5 must be ≥ 0 but was -1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(withHour(7, Double.NaN), 1.0))
			.withMessage("hourly multiplier for hour 7 must be ≥ 0 but was NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DailyCurve(withHour(23, Double.POSITIVE_INFINITY), 1.0))
			.withMessage("hourly multiplier for hour 23 must be ≥ 0 but was Infinity");
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(withHour(0, null), 1.0))
			.withMessage("hourly multiplier for hour 0 must be ≥ 0 but was null");
	}

	@Test
	void shouldRejectADayWithoutTraffic() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(Collections.nCopies(24, 0.0), 1.0))
			.withMessage("hourly multipliers must not all be 0");
	}

	@Test
	void shouldRejectAWeekendFactorThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyCurve(Collections.nCopies(24, 1.0), 0))
			.withMessage("weekend factor must be a finite number > 0 but was 0.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DailyCurve(Collections.nCopies(24, 1.0), Double.POSITIVE_INFINITY))
			.withMessage("weekend factor must be a finite number > 0 but was Infinity");
	}

	@Test
	void shouldKeepAnImmutableCopyOfTheValues() {
		List<Double> values = new ArrayList<>(Collections.nCopies(24, 1.0));
		DailyCurve curve = new DailyCurve(values, 1.0);
		values.set(3, 9.0);
		assertThat(curve.hourly()).containsOnly(1.0);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> curve.hourly().set(3, 9.0));
	}

	@Test
	void shouldTakeEachHoursValueAtItsMidpoint() {
		DailyCurve curve = ramp();
		assertThat(curve.multiplier(MONDAY.withHour(3).withMinute(30))).isEqualTo(3.0);
		assertThat(curve.multiplier(MONDAY.withHour(17).withMinute(30))).isEqualTo(17.0);
	}

	@Test
	void shouldInterpolateLinearlyBetweenMidpoints() {
		DailyCurve curve = ramp();
		assertThat(curve.multiplier(MONDAY.withHour(4))).isCloseTo(3.5, within(1e-12));
		assertThat(curve.multiplier(MONDAY.withHour(4).withMinute(15))).isCloseTo(3.75, within(1e-12));
		assertThat(curve.multiplier(MONDAY.withHour(10).withMinute(45))).isCloseTo(10.25, within(1e-12));
	}

	@Test
	void shouldWrapAroundMidnight() {
		DailyCurve curve = ramp();
		// halfway between 23:30 (23) and 00:30 (0) of the next day
		assertThat(curve.multiplier(MONDAY)).isCloseTo(11.5, within(1e-12));
		assertThat(curve.multiplier(MONDAY.withMinute(15))).isCloseTo(5.75, within(1e-12));
		assertThat(curve.multiplier(MONDAY.withHour(23).withMinute(45))).isCloseTo(17.25, within(1e-12));
	}

	@Test
	void shouldMultiplyTheWeekendByItsFactor() {
		DailyCurve curve = new DailyCurve(Collections.nCopies(24, 1.0), 1.5);
		assertThat(curve.multiplier(FRIDAY.withHour(12))).isEqualTo(1.0);
		assertThat(curve.multiplier(SATURDAY.withHour(12))).isEqualTo(1.5);
		assertThat(curve.multiplier(SATURDAY.plusDays(1).withHour(12))).isEqualTo(1.5);
		assertThat(curve.multiplier(MONDAY.withHour(12))).isEqualTo(1.0);
	}

	@Test
	void shouldFadeTheWeekendFactorInAcrossFridayMidnight() {
		DailyCurve curve = new DailyCurve(Collections.nCopies(24, 1.0), 1.5);
		LocalDateTime midnight = SATURDAY;
		assertThat(curve.multiplier(midnight.minusMinutes(30))).isEqualTo(1.0);
		assertThat(curve.multiplier(midnight.minusMinutes(15))).isCloseTo(1.125, within(1e-12));
		assertThat(curve.multiplier(midnight)).isCloseTo(1.25, within(1e-12));
		assertThat(curve.multiplier(midnight.plusMinutes(15))).isCloseTo(1.375, within(1e-12));
		assertThat(curve.multiplier(midnight.plusMinutes(30))).isEqualTo(1.5);
		// no step anywhere around midnight, to the nanosecond
		assertThat(curve.multiplier(midnight.minusNanos(1))).isCloseTo(curve.multiplier(midnight), within(1e-9));
	}

	@Test
	void shouldFadeTheWeekendFactorOutAcrossSundayMidnight() {
		DailyCurve curve = new DailyCurve(Collections.nCopies(24, 1.0), 1.5);
		assertThat(curve.multiplier(MONDAY.minusMinutes(30))).isEqualTo(1.5);
		assertThat(curve.multiplier(MONDAY)).isCloseTo(1.25, within(1e-12));
		assertThat(curve.multiplier(MONDAY.plusMinutes(30))).isEqualTo(1.0);
	}

	@Test
	void shouldBeLowestBeforeDawnAndPeakInTheEvening() {
		List<Double> hourly = DailyCurve.standard().hourly();
		int lowest = hourly.indexOf(Collections.min(hourly));
		int highest = hourly.indexOf(Collections.max(hourly));
		assertThat(lowest).isBetween(4, 6);
		assertThat(hourly.get(lowest)).isBetween(0.15, 0.2);
		assertThat(highest).isBetween(19, 22);
		assertThat(hourly.get(highest)).isBetween(1.7, 1.8);
	}

	@Test
	void shouldRiseThroughTheMorningWithABumpAtLunchtime() {
		List<Double> hourly = DailyCurve.standard().hourly();
		for (int hour = 6; hour < 12; hour++) {
			assertThat(hourly.get(hour + 1)).as("hour %d", hour + 1).isGreaterThan(hourly.get(hour));
		}
		assertThat(hourly.get(12)).isGreaterThan(hourly.get(11)).isGreaterThan(hourly.get(15));
	}

	@Test
	void shouldAverageOneOnAStandardWeekdayAndBeBusierAtTheWeekend() {
		DailyCurve standard = DailyCurve.standard();
		assertThat(standard.weekdayAverage()).isCloseTo(1.0, within(1e-9));
		assertThat(standard.weekendFactor()).isEqualTo(1.3);
		assertThat(standard.multiplier(SATURDAY.withHour(20).withMinute(30)))
			.isCloseTo(1.3 * standard.multiplier(FRIDAY.withHour(20).withMinute(30)), within(1e-12));
	}

	@Test
	void shouldAverageOneOverAWeekdayWhenSampledFinely() {
		DailyCurve standard = DailyCurve.standard();
		double sum = 0;
		int samples = 24 * 60;
		// a Wednesday: Monday's first half hour fades out of Sunday
		LocalDateTime wednesday = MONDAY.plusDays(2);
		for (int minute = 0; minute < samples; minute++) {
			sum += standard.multiplier(wednesday.plusMinutes(minute).plusSeconds(30));
		}
		// linear interpolation between midpoints keeps the area of the hourly steps
		assertThat(sum / samples).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void shouldBeOneEverywhereWhenFlat() {
		DailyCurve flat = DailyCurve.flat();
		assertThat(flat.weekdayAverage()).isEqualTo(1.0);
		for (int minute = 0; minute < 7 * 24 * 60; minute += 7) {
			assertThat(flat.multiplier(FRIDAY.plusMinutes(minute))).isEqualTo(1.0);
		}
	}

	/** A curve whose value at hour h is h, so that expected values are easy to read. */
	private static DailyCurve ramp() {
		List<Double> values = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			values.add((double) hour);
		}
		return new DailyCurve(values, 1.0);
	}

	private static List<Double> withHour(int hour, Double value) {
		List<Double> values = new ArrayList<>(Collections.nCopies(24, 1.0));
		values.set(hour, value);
		return values;
	}

}
