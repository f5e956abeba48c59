package dev.kafkaplayground.generator.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

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
			assertThat(properties.concurrentSessions()).isEqualTo(50);
			assertThat(properties.enabled()).isTrue();
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

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GeneratorProperties.class)
	static class PropertiesOnly {

	}

}
