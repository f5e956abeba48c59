package dev.kafkaplayground.dashboard.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void shouldBindDefaults() {
		this.runner.run((context) -> {
			DashboardProperties properties = context.getBean(DashboardProperties.class);
			assertThat(properties.history()).isEqualTo(Duration.ofMinutes(60));
			assertThat(properties.maxWindows()).isEqualTo(60);
			assertThat(properties.heartbeat()).isEqualTo(Duration.ofSeconds(15));
			assertThat(properties.instanceTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.generatorUrl()).isEqualTo("http://localhost:8081");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:8081", "http//localhost:8081", "ftp://localhost:8081",
			"http://localhost:8081/api/generator", "http://" })
	void shouldFailAtStartUpNamingABadGeneratorUrl(String url) {
		this.runner.withPropertyValues("playground.dashboard.generator-url=" + url)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.dashboard.generator-url"));
	}

	@Test
	void shouldTakeTheGeneratorUrlOfAnotherHost() {
		this.runner.withPropertyValues("playground.dashboard.generator-url=http://event-generator:8081")
			.run((context) -> assertThat(context.getBean(DashboardProperties.class).generatorUrl())
				.isEqualTo("http://event-generator:8081"));
	}

	@Test
	void shouldFailAtStartUpNamingABadWindowCount() {
		this.runner.withPropertyValues("playground.dashboard.max-windows=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.dashboard.max-windows"));
	}

	@Test
	void shouldFailAtStartUpNamingABadHeartbeat() {
		this.runner.withPropertyValues("playground.dashboard.heartbeat=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.dashboard.heartbeat"));
	}

	@Test
	void shouldFailAtStartUpNamingANegativeHistory() {
		this.runner.withPropertyValues("playground.dashboard.history=-5m")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.dashboard.history"));
	}

	@Test
	void shouldFailAtStartUpNamingABadInstanceTimeout() {
		this.runner.withPropertyValues("playground.dashboard.instance-timeout=500ms")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("playground.dashboard.instance-timeout"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DashboardProperties.class)
	static class PropertiesOnly {

	}

}
