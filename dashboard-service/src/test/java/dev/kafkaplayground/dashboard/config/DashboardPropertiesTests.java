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
			assertThat(properties.pipelineInterval()).isEqualTo(Duration.ofSeconds(2));
			assertThat(properties.processorGroup()).isEqualTo("analytics-processor");
			assertThat(properties.generatorUrl()).isEqualTo("http://localhost:8081");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:8081", "http//localhost:8081", "ftp://localhost:8081",
			"http://localhost:8081/api/generator", "http://" })
	void shouldFailAtStartUpNamingABadGeneratorUrl(String url) {
		assertStartUpFailsNaming("playground.dashboard.generator-url", url);
	}

	@Test
	void shouldTakeTheGeneratorUrlOfAnotherHost() {
		this.runner.withPropertyValues("playground.dashboard.generator-url=http://event-generator:8081")
			.run((context) -> assertThat(context.getBean(DashboardProperties.class).generatorUrl())
				.isEqualTo("http://event-generator:8081"));
	}

	@Test
	void shouldFailAtStartUpNamingABadWindowCount() {
		assertStartUpFailsNaming("playground.dashboard.max-windows", "0");
	}

	@Test
	void shouldFailAtStartUpNamingABadHeartbeat() {
		assertStartUpFailsNaming("playground.dashboard.heartbeat", "0s");
	}

	@Test
	void shouldFailAtStartUpNamingANegativeHistory() {
		assertStartUpFailsNaming("playground.dashboard.history", "-5m");
	}

	@Test
	void shouldFailAtStartUpNamingABadInstanceTimeout() {
		assertStartUpFailsNaming("playground.dashboard.instance-timeout", "500ms");
	}

	@Test
	void shouldFailAtStartUpNamingAPipelineIntervalBelowHalfASecond() {
		assertStartUpFailsNaming("playground.dashboard.pipeline-interval", "499ms");
	}

	@Test
	void shouldFailAtStartUpNamingAPipelineIntervalAboveAMinute() {
		assertStartUpFailsNaming("playground.dashboard.pipeline-interval", "61s");
	}

	@Test
	void shouldAcceptThePipelineIntervalsBounds() {
		this.runner.withPropertyValues("playground.dashboard.pipeline-interval=500ms")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("playground.dashboard.pipeline-interval=60s")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void shouldFailAtStartUpNamingABlankProcessorGroup() {
		assertStartUpFailsNaming("playground.dashboard.processor-group", " ");
	}

	private void assertStartUpFailsNaming(String property, String value) {
		this.runner.withPropertyValues(property + "=" + value)
			.run((context) -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining(property));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DashboardProperties.class)
	static class PropertiesOnly {

	}

}
