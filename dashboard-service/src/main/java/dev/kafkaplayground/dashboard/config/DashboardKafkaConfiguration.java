package dev.kafkaplayground.dashboard.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.ContainerProperties.AssignmentCommitOption;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.topics.TopicsProperties;

/**
 * Kafka wiring of the dashboard. The dashboard only reads, and every instance reads
 * everything from a point in time it chooses itself, so committed offsets would be
 * useless: the listener container never commits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DashboardProperties.class, TopicsProperties.class })
class DashboardKafkaConfiguration {

	/**
	 * Declares {@code analytics.metrics} with the playground's partition count so that
	 * the dashboard can start before the processor.
	 */
	@Bean
	KafkaAdmin.NewTopics metricsTopic(TopicsProperties topics) {
		return new KafkaAdmin.NewTopics(topics.definitions()
			.analyticsTopics()
			.stream()
			.filter((topic) -> Topics.METRICS.equals(topic.name()))
			.toArray(NewTopic[]::new));
	}

	/**
	 * The contract's deserializer, wrapped so that a record that is not a
	 * {@code WindowMetrics} is logged and skipped instead of stopping the consumer.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer windowMetricsDeserializers() {
		return DashboardKafkaConfiguration::useContractDeserializers;
	}

	/** Referenced by name from the metrics listener. */
	@Bean
	ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> noOffsetCommits() {
		return (container) -> {
			ContainerProperties properties = container.getContainerProperties();
			// MANUAL without ever acknowledging: no commits after records ...
			properties.setAckMode(AckMode.MANUAL);
			// ... nor of the initial position on assignment
			properties.setAssignmentCommitOption(AssignmentCommitOption.NEVER);
			// A record the dashboard cannot use is logged and skipped at once; retrying
			// cannot make it usable, and committing it would leave offsets behind.
			DefaultErrorHandler errorHandler = new DefaultErrorHandler(new FixedBackOff(0L, 0L));
			errorHandler.setAckAfterHandle(false);
			container.setCommonErrorHandler(errorHandler);
		};
	}

	@SuppressWarnings("unchecked")
	private static <K, V> void useContractDeserializers(DefaultKafkaConsumerFactory<K, V> factory) {
		factory.setKeyDeserializerSupplier(() -> (Deserializer<K>) new StringDeserializer());
		factory.setValueDeserializerSupplier(
				() -> (Deserializer<V>) new ErrorHandlingDeserializer<>(PlaygroundSerdes.windowMetricsDeserializer()));
	}

}
