package dev.kafkaplayground.processor.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;

import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.topics.TopicsProperties;
import dev.kafkaplayground.processor.AnalyticsTopology;
import dev.kafkaplayground.processor.ProcessorProperties;

/**
 * Runs the {@link AnalyticsTopology} in the Kafka Streams instance that Spring Boot
 * configures from {@code spring.kafka.streams.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties({ ProcessorProperties.class, TopicsProperties.class })
class AnalyticsStreamsConfiguration {

	@Bean
	AnalyticsTopology analyticsTopology(ProcessorProperties properties, TopicsProperties topics) {
		return new AnalyticsTopology(properties, topics.partitions());
	}

	@Bean
	StreamsBuilderFactoryBeanConfigurer analyticsStreamsConfigurer(AnalyticsTopology topology) {
		return (factoryBean) -> {
			factoryBean.setInfrastructureCustomizer(new TopologyInstaller(topology));
			factoryBean.setStreamsUncaughtExceptionHandler(new ReplaceFailedThread());
			// a stopped instance hands its partitions over at once rather than when its
			// session times out (analytics-processor.yml)
			factoryBean.setLeaveGroupOnClose(true);
		};
	}

	/**
	 * Every topic the processor reads or writes: Kafka Streams refuses to start on
	 * missing source topics, and the processor may well start before the generator.
	 */
	@Bean
	KafkaAdmin.NewTopics playgroundTopics(TopicsProperties topics) {
		return new KafkaAdmin.NewTopics(topics.definitions().all().toArray(NewTopic[]::new));
	}

	/** Applied by Spring Boot to the meter registry before any Kafka meter is bound. */
	@Bean
	TopicMetersUnderRealNames topicMetersUnderRealNames() {
		return new TopicMetersUnderRealNames(Topics.STORE_TOPICS);
	}

	@Bean
	StreamsMetersRefresh streamsMetersRefresh(MeterRegistry registry) {
		return new StreamsMetersRefresh(registry);
	}

	@Bean
	KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
		return new KafkaStreamsHealthIndicator(factoryBean);
	}

}
