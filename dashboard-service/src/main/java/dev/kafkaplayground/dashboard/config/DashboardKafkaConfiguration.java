package dev.kafkaplayground.dashboard.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SerializationException;
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
import org.springframework.kafka.support.serializer.DelegatingByTopicDeserializer;
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

	/** The topics the dashboard reads. */
	private static final Set<String> READ = Set.of(Topics.METRICS, Topics.GENERATOR_TRUTH, Topics.PROCESSOR_STATUS);

	/**
	 * Declares the topics it reads as the playground defines them, so that the dashboard
	 * can start before the generator and the processor.
	 */
	@Bean
	KafkaAdmin.NewTopics readTopics(TopicsProperties topics) {
		return new KafkaAdmin.NewTopics(topics.definitions()
			.all()
			.stream()
			.filter((topic) -> READ.contains(topic.name()))
			.toArray(NewTopic[]::new));
	}

	/**
	 * The contract's deserializer of each topic, wrapped so that a record that is not
	 * what its topic holds is logged and skipped instead of stopping the consumer.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer contractDeserializers() {
		return DashboardKafkaConfiguration::useContractDeserializers;
	}

	/** Referenced by name from every listener. */
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
		factory.setValueDeserializerSupplier(() -> (Deserializer<V>) new ErrorHandlingDeserializer<>(byTopic()));
	}

	// A topic the dashboard does not know is an error, logged and skipped.
	private static Deserializer<Object> byTopic() {
		Deserializer<Object> unknown = (topic, data) -> {
			throw new SerializationException("The dashboard does not read " + topic);
		};
		Map<Pattern, Deserializer<?>> delegates = new LinkedHashMap<>();
		delegates.put(exactly(Topics.METRICS), PlaygroundSerdes.windowMetricsDeserializer());
		delegates.put(exactly(Topics.GENERATOR_TRUTH), PlaygroundSerdes.minuteTruth().deserializer());
		delegates.put(exactly(Topics.PROCESSOR_STATUS), PlaygroundSerdes.processorStatus().deserializer());
		return new DelegatingByTopicDeserializer(delegates, unknown);
	}

	private static Pattern exactly(String topic) {
		return Pattern.compile(Pattern.quote(topic));
	}

}
