package dev.kafkaplayground.processor.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The down side of the health indicator; the application test shows it up and
 * {@code RUNNING} on a real broker.
 */
class KafkaStreamsHealthIndicatorTests {

	@Test
	void shouldBeDownBeforeKafkaStreamsStarts() {
		Health health = new KafkaStreamsHealthIndicator(new StreamsBuilderFactoryBean()).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
	}

}
