package dev.kafkaplayground.generator.api;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The bodies of the control requests, validated before anything changes. */
final class ControlRequests {

	private ControlRequests() {
	}

	/** {@code PUT /api/generator/scenario}. */
	record ScenarioRequest(@NotBlank String name) {

	}

	/** {@code PUT /api/generator/rate}: the base rate before the time-of-day curve. */
	record RateRequest(@NotNull @DecimalMin("0.1") @DecimalMax("1000000") Double eventsPerSecond) {

	}

	/** {@code PUT /api/generator/clock}: either field may be left out. */
	record ClockRequest(@DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") Double speed,
			LocalDateTime simulatedTime) {

	}

	/** {@code PUT /api/generator/faults}: fields left out keep their setting. */
	record FaultsRequest(@DecimalMin("0") @DecimalMax("1") Double lateFraction, Duration lateDelay,
			@DecimalMin("0") @DecimalMax("1") Double poisonFraction,
			@DecimalMin("0") @DecimalMax("1") Double duplicateFraction) {

	}

}
