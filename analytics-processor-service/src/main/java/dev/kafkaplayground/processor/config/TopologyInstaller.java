package dev.kafkaplayground.processor.config;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;

import dev.kafkaplayground.processor.AnalyticsTopology;

/**
 * Adds the {@link AnalyticsTopology} to Spring's {@link StreamsBuilder} and logs the
 * built topology once, before Kafka Streams starts.
 */
final class TopologyInstaller implements KafkaStreamsInfrastructureCustomizer {

	private static final Logger logger = LoggerFactory.getLogger(TopologyInstaller.class);

	private final AnalyticsTopology topology;

	TopologyInstaller(AnalyticsTopology topology) {
		this.topology = topology;
	}

	@Override
	public void configureBuilder(StreamsBuilder builder) {
		this.topology.build(builder);
	}

	@Override
	public void configureTopology(Topology topology) {
		logger.info("Analytics topology:\n{}", topology.describe());
	}

}
