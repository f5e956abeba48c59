package dev.kafkaplayground.generator.traffic;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a day of traffic: {@code hourly.get(h)} is the multiplier of the base rate
 * during hour {@code h} (0 to 23) of a weekday; on Saturday and Sunday it is multiplied
 * by {@code weekendFactor}.
 * <p>
 * {@link #multiplier(LocalDateTime)} interpolates linearly between hour midpoints, so
 * that the rate has no steps on the hour: the value of hour {@code h} applies exactly at
 * {@code h:30}. Each of the two neighbouring midpoints is valued on its own day with its
 * own weekend factor, so the curve wraps smoothly around midnight, and the weekend factor
 * fades in between Friday 23:30 and Saturday 00:30 (and out between Sunday 23:30 and
 * Monday 00:30) instead of jumping at midnight.
 *
 * @param hourly the 24 weekday multipliers, each finite and at least 0, not all 0
 * @param weekendFactor what Saturday and Sunday multiply the weekday values by, finite
 * and greater than 0
 */
public record DailyCurve(List<Double> hourly, double weekendFactor) {

	private static final int HOURS = 24;

	private static final double NANOS_PER_HOUR = ChronoUnit.HOURS.getDuration().toNanos();

	// a storefront's weekday: quiet before dawn, a lunchtime bump, busiest in the
	// evening; the values add up to 24, so that the curve reshapes the base rate without
	// changing the daily volume of a weekday
	private static final List<Double> STANDARD = List.of(1.10, 0.70, 0.45, 0.30, 0.20, 0.15, 0.20, 0.40, 0.65, 0.85,
			1.00, 1.15, 1.35, 1.30, 1.10, 1.05, 1.10, 1.25, 1.45, 1.70, 1.80, 1.75, 1.60, 1.40);

	private static final double STANDARD_WEEKEND_FACTOR = 1.3;

	public DailyCurve {
		Objects.requireNonNull(hourly, "hourly multipliers must not be null");
		if (hourly.size() != HOURS) {
			throw new IllegalArgumentException(
					"hourly multipliers must be 24 values (hours 0 to 23) but were " + hourly.size());
		}
		boolean allZero = true;
		for (int hour = 0; hour < HOURS; hour++) {
			Double value = hourly.get(hour);
			if (value == null || !Double.isFinite(value) || value < 0) {
				throw new IllegalArgumentException(
						"hourly multiplier for hour " + hour + " must be ≥ 0 but was " + value);
			}
			allZero &= (value == 0);
		}
		if (allZero) {
			throw new IllegalArgumentException("hourly multipliers must not all be 0");
		}
		if (!Double.isFinite(weekendFactor) || weekendFactor <= 0) {
			throw new IllegalArgumentException("weekend factor must be a finite number > 0 but was " + weekendFactor);
		}
		hourly = List.copyOf(hourly);
	}

	/**
	 * A realistic storefront day: lowest around 04:00 to 06:00, rising through the
	 * morning, a bump at lunchtime and the peak between 19:00 and 22:00; weekdays average
	 * exactly 1, weekends are 30 % busier.
	 * @return the standard curve
	 */
	public static DailyCurve standard() {
		return new DailyCurve(STANDARD, STANDARD_WEEKEND_FACTOR);
	}

	/**
	 * No daily variation: the base rate around the clock, every day of the week.
	 * @return the flat curve
	 */
	public static DailyCurve flat() {
		return new DailyCurve(Collections.nCopies(HOURS, 1.0), 1.0);
	}

	/**
	 * The traffic multiplier at a time of the store's day, interpolated between the
	 * midpoints of the hours around it (see the class comment).
	 * @param time the store's local time
	 * @return the multiplier, at least 0
	 */
	public double multiplier(LocalDateTime time) {
		LocalDateTime midpoint = time.truncatedTo(ChronoUnit.HOURS).plusMinutes(30);
		LocalDateTime before = time.isBefore(midpoint) ? midpoint.minusHours(1) : midpoint;
		double fraction = ChronoUnit.NANOS.between(before, time) / NANOS_PER_HOUR;
		return (1 - fraction) * atMidpoint(before) + fraction * atMidpoint(before.plusHours(1));
	}

	/**
	 * The mean of the 24 weekday multipliers: the factor by which the curve changes the
	 * volume of a weekday compared with the base rate.
	 * @return the weekday average
	 */
	public double weekdayAverage() {
		double sum = 0;
		for (double value : this.hourly) {
			sum += value;
		}
		return sum / HOURS;
	}

	private double atMidpoint(LocalDateTime midpoint) {
		return this.hourly.get(midpoint.getHour()) * dayFactor(midpoint.getDayOfWeek());
	}

	private double dayFactor(DayOfWeek day) {
		return (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) ? this.weekendFactor : 1.0;
	}

}
