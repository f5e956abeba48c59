package dev.kafkaplayground.generator.config;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.topics.TopicsProperties;
import dev.kafkaplayground.generator.faults.FaultInjector;
import dev.kafkaplayground.generator.shopper.ShopperCrowd;
import dev.kafkaplayground.generator.simulation.StoreSimulation;
import dev.kafkaplayground.generator.traffic.SimulatedClock;
import dev.kafkaplayground.generator.truth.TruthLedger;
import dev.kafkaplayground.generator.truth.TruthPublisher;

/**
 * Wiring of the generator: the simulation built from the settings, explicit serializers
 * (records are sent as the bytes the generator wrote), and the topics it publishes to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsProperties.class)
class GeneratorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(GeneratorConfiguration.class);

	/** Stops after the publishing loop, so it can publish the last minutes. */
	private static final int TRUTH_PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	@Bean
	KafkaAdmin.NewTopics generatorTopics(TopicsProperties topics) {
		return new KafkaAdmin.NewTopics(topics.definitions().generatorTopics().toArray(NewTopic[]::new));
	}

	@Bean
	@SuppressWarnings("unchecked")
	DefaultKafkaProducerFactoryCustomizer byteSerializers() {
		return (factory) -> {
			DefaultKafkaProducerFactory<String, byte[]> records = (DefaultKafkaProducerFactory<String, byte[]>) factory;
			records.setKeySerializer(new StringSerializer());
			records.setValueSerializer(new ByteArraySerializer());
		};
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Root of every random choice: one seed reproduces shoppers and faults alike. Without
	 * a configured seed one is drawn and logged, so a run can be repeated.
	 */
	@Bean
	Seed generatorSeed(GeneratorProperties properties) {
		Seed seed = new Seed((properties.seed() != null) ? properties.seed() : new SplittableRandom().nextLong());
		logger.info("Simulation seed {} (set playground.generator.seed to repeat this run)", seed.value());
		return seed;
	}

	@Bean
	StoreSimulation storeSimulation(GeneratorProperties properties, Seed seed, Clock clock) {
		ShopperCrowd crowd = new ShopperCrowd(GameCatalog.standard(), seed.shoppers(), clock,
				properties.scenarioPreset(), properties.maxSessions());
		LocalDateTime start = (properties.clock().start() != null) ? properties.clock().start() : LocalDateTime.now();
		return new StoreSimulation(crowd, new SimulatedClock(start, properties.clock().speed()),
				properties.traffic().curve(), properties.eventsPerSecond());
	}

	@Bean
	FaultInjector faultInjector(GeneratorProperties properties, Seed seed) {
		return new FaultInjector(seed.faults(), properties.faults().settings());
	}

	@Bean
	TruthLedger truthLedger() {
		return new TruthLedger();
	}

	@Bean
	TruthPublisher truthPublisher(TruthLedger ledger, ProducerFactory<String, byte[]> producers, Clock clock,
			GeneratorProperties properties, MeterRegistry registry) {
		return new TruthPublisher(ledger, producers, clock, properties.truth().publishInterval(), TRUTH_PHASE,
				registry);
	}

	/**
	 * The simulation's seed, and the independent random sources drawn from it: the faults
	 * have their own, so turning a knob never changes what the shoppers do.
	 */
	record Seed(long value) {

		SplittableRandom shoppers() {
			return new SplittableRandom(this.value);
		}

		SplittableRandom faults() {
			return new SplittableRandom(this.value).split();
		}

	}

}
