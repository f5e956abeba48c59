package dev.kafkaplayground.generator.config;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import dev.kafkaplayground.generator.faults.FaultSettings;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.traffic.DailyCurve;

/**
 * Settings of the generator ({@code playground.generator.*}); {@code docs/generator.md}
 * explains each. A bad value fails the start naming the property.
 *
 * @param enabled whether to publish at all once started
 * @param eventsPerSecond base rate of valid events, all types together, before the
 * time-of-day curve and the scenario's multiplier
 * @param maxSessions most shopper sessions in the store at once
 * @param seed seed of the simulation; the same seed and settings give the same events
 * @param scenario the preset to start with
 * @param tick how often the publisher wakes up to send the events that are due
 * @param clock the simulated time of day
 * @param traffic the shape of the simulated day
 * @param faults the fault knobs, all off by default
 * @param truth publishing of the ground truth
 */
@Validated
@ConfigurationProperties("playground.generator")
public record GeneratorProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("20") @DecimalMin("0.1") @DecimalMax("1000000") double eventsPerSecond,
		@DefaultValue("20000") @Min(1) @Max(1000000) int maxSessions, Long seed,
		@DefaultValue("normal-day") @NotNull String scenario, @DefaultValue("50ms") @NotNull Duration tick,
		@DefaultValue @Valid Clock clock, @DefaultValue @Valid Traffic traffic, @DefaultValue @Valid Faults faults,
		@DefaultValue @Valid Truth truth) {

	public GeneratorProperties {
		if (tick != null && (tick.isNegative() || tick.isZero() || tick.compareTo(Duration.ofSeconds(1)) > 0)) {
			throw new IllegalArgumentException(
					"playground.generator.tick must be between 1ms and 1s but was " + tick.toMillis() + "ms");
		}
		if (scenario != null && Scenario.named(scenario).isEmpty()) {
			throw new IllegalArgumentException("playground.generator.scenario must be one of " + Scenario.names()
					+ " but was \"" + scenario + "\"");
		}
	}

	public Scenario scenarioPreset() {
		return Scenario.named(this.scenario).orElseThrow();
	}

	/**
	 * The simulated clock.
	 *
	 * @param start simulated time to start at (store local time, e.g.
	 * {@code 2026-12-01T18:00}); default: the machine's local time now
	 * @param speed simulated seconds per real second (60 shows a day in 24 minutes)
	 */
	public record Clock(LocalDateTime start,
			@DefaultValue("1") @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") double speed) {

	}

	/**
	 * The shape of the simulated day.
	 *
	 * @param hourly 24 multipliers of the base rate, for hours 0 to 23 of a weekday;
	 * default: the standard curve (quiet before dawn, peak in the evening)
	 * @param weekendFactor extra multiplier on Saturdays and Sundays
	 */
	public record Traffic(List<Double> hourly, @DefaultValue("1.3") double weekendFactor) {

		public Traffic {
			if (hourly != null) {
				for (int hour = 0; hour < hourly.size(); hour++) {
					Double value = hourly.get(hour);
					if (value == null || !(value > 0) || value.isInfinite()) {
						throw new IllegalArgumentException("playground.generator.traffic.hourly[" + hour
								+ "] must be a number above 0 but was " + value);
					}
				}
			}
			try {
				curve(hourly, weekendFactor);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("playground.generator.traffic: " + ex.getMessage(), ex);
			}
		}

		public DailyCurve curve() {
			return curve(this.hourly, this.weekendFactor);
		}

		private static DailyCurve curve(List<Double> hourly, double weekendFactor) {
			DailyCurve standard = DailyCurve.standard();
			return new DailyCurve((hourly != null) ? hourly : standard.hourly(), weekendFactor);
		}

	}

	/**
	 * The fault knobs at start-up; see {@link FaultSettings}.
	 *
	 * @param lateFraction share of events held back and sent late
	 * @param lateDelay how long late events are held back
	 * @param poisonFraction invalid records per valid event
	 * @param duplicateFraction share of events sent twice
	 */
	public record Faults(@DefaultValue("0") double lateFraction, @DefaultValue("45s") Duration lateDelay,
			@DefaultValue("0") double poisonFraction, @DefaultValue("0") double duplicateFraction) {

		public Faults {
			try {
				settings(lateFraction, lateDelay, poisonFraction, duplicateFraction);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("playground.generator.faults: " + ex.getMessage(), ex);
			}
		}

		public FaultSettings settings() {
			return settings(this.lateFraction, this.lateDelay, this.poisonFraction, this.duplicateFraction);
		}

		private static FaultSettings settings(double late, Duration delay, double poison, double duplicate) {
			return new FaultSettings(late, delay, poison, duplicate);
		}

	}

	/**
	 * Publishing of the ground truth.
	 *
	 * @param publishInterval how often updates and final records are published
	 */
	public record Truth(@DefaultValue("5s") Duration publishInterval) {

		public Truth {
			if (publishInterval != null && (publishInterval.compareTo(Duration.ofMillis(100)) < 0
					|| publishInterval.compareTo(Duration.ofMinutes(1)) > 0)) {
				throw new IllegalArgumentException(
						"playground.generator.truth.publish-interval must be between 100ms and 1m but was "
								+ publishInterval);
			}
		}

	}

}
