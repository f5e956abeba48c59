package dev.kafkaplayground.processor.config;

import org.apache.kafka.streams.KafkaStreams;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The {@code kafkaStreams} health component: up while Kafka Streams is running or
 * rebalancing, down otherwise, with the state as detail. Spring Boot has no such
 * indicator of its own.
 */
final class KafkaStreamsHealthIndicator implements HealthIndicator {

	private final StreamsBuilderFactoryBean factoryBean;

	KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
		this.factoryBean = factoryBean;
	}

	@Override
	public Health health() {
		KafkaStreams streams = this.factoryBean.getKafkaStreams();
		if (streams == null) {
			return Health.down().withDetail("state", "NOT_STARTED").build();
		}
		KafkaStreams.State state = streams.state();
		Health.Builder health = state.isRunningOrRebalancing() ? Health.up() : Health.down();
		return health.withDetail("state", state.name()).build();
	}

}
