package dev.kafkaplayground.processor.status;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIdIsInstanceIdTests {

	@Test
	void shouldNameTheStreamsClientsAfterTheConfiguredInstanceId() {
		StreamsBuilderFactoryBean factoryBean = factoryBean(Map.of());

		new ClientIdIsInstanceId("processor-2", new MockEnvironment().withProperty("server.port", "0"))
			.configure(factoryBean);

		assertThat(factoryBean.getStreamsConfiguration()).containsEntry(StreamsConfig.CLIENT_ID_CONFIG, "processor-2");
	}

	@Test
	void shouldNameThemAfterHostAndPortWithoutAConfiguredId() {
		StreamsBuilderFactoryBean factoryBean = factoryBean(Map.of());
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8083");

		new ClientIdIsInstanceId(null, environment).configure(factoryBean);

		assertThat(factoryBean.getStreamsConfiguration()).containsEntry(StreamsConfig.CLIENT_ID_CONFIG,
				InstanceIdentity.of(null, environment).instanceId());
	}

	@Test
	void shouldKeepTheDefaultWhenThePortIsNotKnownYet() {
		StreamsBuilderFactoryBean factoryBean = factoryBean(Map.of());

		new ClientIdIsInstanceId(null, new MockEnvironment().withProperty("server.port", "0")).configure(factoryBean);

		assertThat(factoryBean.getStreamsConfiguration()).doesNotContainKey(StreamsConfig.CLIENT_ID_CONFIG);
	}

	@Test
	void shouldKeepAClientIdSetInTheStreamsProperties() {
		StreamsBuilderFactoryBean factoryBean = factoryBean(Map.of(StreamsConfig.CLIENT_ID_CONFIG, "mine"));

		new ClientIdIsInstanceId("processor-2", new MockEnvironment()).configure(factoryBean);

		assertThat(factoryBean.getStreamsConfiguration()).containsEntry(StreamsConfig.CLIENT_ID_CONFIG, "mine");
	}

	private static StreamsBuilderFactoryBean factoryBean(Map<String, Object> extra) {
		Map<String, Object> config = new HashMap<>(extra);
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "analytics-processor");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
		return new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config));
	}

}
