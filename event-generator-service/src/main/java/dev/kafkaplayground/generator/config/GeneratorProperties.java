package dev.kafkaplayground.generator.config;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the generator ({@code playground.generator.*}).
 *
 * @param enabled whether to publish at all once started
 * @param eventsPerSecond steady rate of published events, all types together
 * @param concurrentSessions shopper sessions browsing the store at the same time
 * @param seed seed of the simulation; the same seed gives the same shoppers and choices
 * @param tick how often the publisher wakes up to send the events that are due
 */
@Validated
@ConfigurationProperties("playground.generator")
public record GeneratorProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("20") @DecimalMin("0.1") @DecimalMax("100000") double eventsPerSecond,
		@DefaultValue("50") @Min(1) @Max(100000) int concurrentSessions, Long seed,
		@DefaultValue("50ms") @NotNull Duration tick) {

	public GeneratorProperties {
		if (tick != null && (tick.isNegative() || tick.isZero() || tick.compareTo(Duration.ofSeconds(1)) > 0)) {
			throw new IllegalArgumentException(
					"playground.generator.tick must be between 1ms and 1s but was " + tick.toMillis() + "ms");
		}
	}

}
