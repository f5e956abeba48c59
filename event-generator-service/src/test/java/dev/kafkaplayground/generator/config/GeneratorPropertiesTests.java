package dev.kafkaplayground.generator.config;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import dev.kafkaplayground.generator.faults.FaultSettings;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.traffic.DailyCurve;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void shouldBindDefaults() {
		this.runner.run((context) -> {
			GeneratorProperties properties = context.getBean(GeneratorProperties.class);
			assertThat(properties.eventsPerSecond()).isEqualTo(20);
			assertThat(properties.maxSessions()).isEqualTo(20_000);
			assertThat(properties.enabled()).isTrue();
			assertThat(properties.scenarioPreset()).isEqualTo(Scenario.NORMAL_DAY);
			assertThat(properties.clock().speed()).isEqualTo(1);
			assertThat(properties.traffic().curve()).isEqualTo(DailyCurve.standard());
			assertThat(properties.faults().settings()).isEqualTo(FaultSettings.NONE);
			assertThat(properties.truth().publishInterval()).isEqualTo(Duration.ofSeconds(5));
		});
	}

	@Test
	void shouldFailAtStartUpNamingABadRate() {
		this.runner.withPropertyValues("playground.generator.events-per-second=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.generator.events-per-second"));
	}

	@Test
	void shouldFailAtStartUpNamingABadTick() {
		this.runner.withPropertyValues("playground.generator.tick=5s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.generator.tick"));
	}

	@Test
	void shouldBindTheClockTheCurveAndTheFaults() {
		this.runner.withPropertyValues("playground.generator.clock.start=2026-12-05T18:30",
				"playground.generator.clock.speed=60", "playground.generator.traffic.hourly=" + "2,".repeat(23) + "2",
				"playground.generator.traffic.weekend-factor=1", "playground.generator.faults.late-fraction=0.1",
				"playground.generator.faults.late-delay=2m", "playground.generator.scenario=flash-sale")
			.run((context) -> {
				GeneratorProperties properties = context.getBean(GeneratorProperties.class);
				assertThat(properties.clock().start()).isEqualTo(LocalDateTime.parse("2026-12-05T18:30"));
				assertThat(properties.clock().speed()).isEqualTo(60);
				assertThat(properties.traffic().curve().multiplier(LocalDateTime.parse("2026-12-05T03:00")))
					.isEqualTo(2);
				assertThat(properties.faults().settings())
					.isEqualTo(new FaultSettings(0.1, Duration.ofMinutes(2), 0, 0));
				assertThat(properties.scenarioPreset()).isEqualTo(Scenario.FLASH_SALE);
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "playground.generator.scenario=black-friday|playground.generator.scenario",
					"playground.generator.clock.speed=0|playground.generator.clock.speed",
					"playground.generator.traffic.hourly=1,2,3|playground.generator.traffic",
					"playground.generator.traffic.hourly[4]=-1|playground.generator.traffic.hourly[4]",
					"playground.generator.faults.late-fraction=1.5|playground.generator.faults",
					"playground.generator.faults.late-delay=2h|playground.generator.faults",
					"playground.generator.truth.publish-interval=10ms|playground.generator.truth.publish-interval",
					"playground.generator.max-sessions=0|playground.generator.max-sessions" })
	void shouldFailAtStartUpNamingTheBadProperty(String setting, String property) {
		this.runner.withPropertyValues(setting)
			.run((context) -> assertThat(context).hasFailed().getFailure().satisfies((failure) -> {
				StringBuilder messages = new StringBuilder();
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					messages.append(cause.getMessage()).append('\n');
				}
				assertThat(messages.toString()).contains(property);
			}));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GeneratorProperties.class)
	static class PropertiesOnly {

	}

}
