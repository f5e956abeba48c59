package dev.kafkaplayground.processor.status;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * Sets the Kafka Streams {@code client.id} to the instance id, so that the consumer of
 * each stream thread, {@code <client.id>-StreamThread-<n>-consumer}, tells which instance
 * a member of the consumer group is (the dashboard shows it). Kafka Streams' default is
 * {@code <application.id>-<random UUID>}. A {@code client.id} set in
 * {@code spring.kafka.streams.*} is kept, and so is the default when the instance id is
 * not known before start (no configured id and a random port, {@code server.port=0}).
 */
final class ClientIdIsInstanceId implements StreamsBuilderFactoryBeanConfigurer {

	private final String configuredId;

	private final Environment environment;

	ClientIdIsInstanceId(String configuredId, Environment environment) {
		this.configuredId = configuredId;
		this.environment = environment;
	}

	@Override
	public void configure(StreamsBuilderFactoryBean factoryBean) {
		Properties config = factoryBean.getStreamsConfiguration();
		if (config == null || config.containsKey(StreamsConfig.CLIENT_ID_CONFIG) || !instanceIdKnown()) {
			return;
		}
		config.put(StreamsConfig.CLIENT_ID_CONFIG,
				InstanceIdentity.of(this.configuredId, this.environment).instanceId());
		factoryBean.setStreamsConfiguration(config);
	}

	private boolean instanceIdKnown() {
		return this.configuredId != null || this.environment.getProperty("server.port", Integer.class, 8080) != 0;
	}

}
