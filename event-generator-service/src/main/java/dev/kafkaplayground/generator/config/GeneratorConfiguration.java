package dev.kafkaplayground.generator.config;

import java.time.Clock;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.topics.TopicsProperties;
import dev.kafkaplayground.generator.shopper.ShopperSimulator;

/**
 * Kafka wiring of the generator: explicit serializers and the store topics it publishes
 * to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsProperties.class)
class GeneratorConfiguration {

	@Bean
	KafkaAdmin.NewTopics storeTopics(TopicsProperties topics) {
		return new KafkaAdmin.NewTopics(topics.definitions().storeTopics().toArray(NewTopic[]::new));
	}

	@Bean
	@SuppressWarnings("unchecked")
	DefaultKafkaProducerFactoryCustomizer storeEventSerializers() {
		return (factory) -> {
			DefaultKafkaProducerFactory<String, StoreEvent> events = (DefaultKafkaProducerFactory<String, StoreEvent>) factory;
			events.setKeySerializer(new StringSerializer());
			events.setValueSerializer(PlaygroundSerdes.storeEventSerializer());
		};
	}

	@Bean
	ShopperSimulator shopperSimulator(GeneratorProperties properties) {
		RandomGenerator random = (properties.seed() != null) ? new SplittableRandom(properties.seed())
				: new SplittableRandom();
		return new ShopperSimulator(GameCatalog.standard(), random, Clock.systemUTC(), properties.concurrentSessions());
	}

}
