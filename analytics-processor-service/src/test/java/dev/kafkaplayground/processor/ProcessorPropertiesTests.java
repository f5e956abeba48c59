package dev.kafkaplayground.processor;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessorPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void shouldDefaultToThirtySecondsGraceAndOneSecondUpdates() {
		this.contextRunner.run((context) -> {
			ProcessorProperties properties = context.getBean(ProcessorProperties.class);
			assertThat(properties.grace()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.emitInterval()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.maxFutureSkew()).isEqualTo(Duration.ofHours(1));
			assertThat(properties.sessionGap()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.statusInterval()).isEqualTo(Duration.ofSeconds(3));
			assertThat(properties.instanceId()).as("derived from host and port when unset").isNull();
			assertThat(properties.hotSessions()).isEqualTo(DataSize.ofMegabytes(32));
			assertThat(properties).isEqualTo(TestProperties.defaults());
		});
	}

	@Test
	void shouldBindDurations() {
		this.contextRunner
			.withPropertyValues("playground.processor.grace=5s", "playground.processor.emit-interval=250ms")
			.run((context) -> {
				ProcessorProperties properties = context.getBean(ProcessorProperties.class);
				assertThat(properties.grace()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.emitInterval()).isEqualTo(Duration.ofMillis(250));
			});
	}

	@Test
	void shouldFailAtStartUpNamingANegativeGrace() {
		this.contextRunner.withPropertyValues("playground.processor.grace=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("playground.processor")
				.hasMessageContaining("grace"));
	}

	@Test
	void shouldFailAtStartUpNamingAZeroEmitInterval() {
		this.contextRunner.withPropertyValues("playground.processor.emit-interval=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("playground.processor")
				.hasMessageContaining("emitInterval"));
	}

	@Test
	void shouldFailAtStartUpNamingAHotSessionsBudgetAboveOneGigabyte() {
		this.contextRunner.withPropertyValues("playground.processor.hot-sessions=2GB")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("playground.processor.hot-sessions"));
	}

	@Test
	void shouldFailAtStartUpNamingABadInstanceId() {
		this.contextRunner.withPropertyValues("playground.processor.instance-id=processor 1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("playground.processor")
				.hasMessageContaining("instanceId"));
	}

	@Test
	void shouldFailAtStartUpNamingATooShortStatusInterval() {
		this.contextRunner.withPropertyValues("playground.processor.status-interval=10ms")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("playground.processor")
				.hasMessageContaining("statusInterval"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ProcessorProperties.class)
	static class PropertiesConfiguration {

	}

}
