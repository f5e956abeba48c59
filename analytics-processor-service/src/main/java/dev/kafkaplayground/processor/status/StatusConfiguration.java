package dev.kafkaplayground.processor.status;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.ProducerFactory;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.processor.ProcessorProperties;

/**
 * Wires the status publisher: a state listener on the Kafka Streams client and a plain
 * producer configured like Spring Boot's (same brokers, security and
 * {@code spring.kafka.producer.*} settings).
 */
@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

	/**
	 * A status that cannot be sent within a few seconds is stale anyway: the next one
	 * follows. Short timeouts also keep a missing broker from holding up shutdown.
	 */
	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

	@Bean
	FactoryBeanStreamsView processorStreamsView(ObjectProvider<StreamsBuilderFactoryBean> factoryBean) {
		return new FactoryBeanStreamsView(factoryBean);
	}

	@Bean
	RebalanceTracker rebalanceTracker(FactoryBeanStreamsView streams) {
		return new RebalanceTracker(streams::assignment, Clock.systemUTC());
	}

	@Bean
	StreamsBuilderFactoryBeanConfigurer rebalanceTrackerConfigurer(RebalanceTracker tracker) {
		return (factoryBean) -> factoryBean.setStateListener(tracker);
	}

	@Bean
	ClientIdIsInstanceId clientIdIsInstanceId(ProcessorProperties properties, Environment environment) {
		return new ClientIdIsInstanceId(properties.instanceId(), environment);
	}

	@Bean
	StatusPublisher statusPublisher(ProcessorProperties properties, FactoryBeanStreamsView streams,
			RebalanceTracker tracker, ObjectProvider<StreamsBuilderFactoryBean> factoryBean,
			ProducerFactory<?, ?> producerFactory, Environment environment) {
		StatusAssembler assembler = new StatusAssembler(streams, tracker, Clock.systemUTC());
		return new StatusPublisher(() -> InstanceIdentity.of(properties.instanceId(), environment), assembler,
				(identity) -> producer(producerFactory, identity), properties.statusInterval(),
				() -> factoryBean.getObject().getPhase() - 1);
	}

	private static Producer<String, ProcessorStatus> producer(ProducerFactory<?, ?> producerFactory,
			InstanceIdentity identity) {
		Map<String, Object> config = new HashMap<>(producerFactory.getConfigurationProperties());
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "analytics-processor-status-" + identity.instanceId());
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.multipliedBy(2).toMillis());
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		return new KafkaProducer<>(config, new StringSerializer(), PlaygroundSerdes.processorStatus().serializer());
	}

}
