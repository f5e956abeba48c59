package dev.kafkaplayground.processor.status;

import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The Kafka Streams client that Spring's factory bean runs. The factory bean is looked up
 * on each call: it is built after the status beans (the state listener is part of its
 * configuration), and its client exists only between start and stop.
 */
final class FactoryBeanStreamsView implements StreamsView {

	static final String NOT_STARTED = "NOT_STARTED";

	private final ObjectProvider<StreamsBuilderFactoryBean> factoryBean;

	FactoryBeanStreamsView(ObjectProvider<StreamsBuilderFactoryBean> factoryBean) {
		this.factoryBean = factoryBean;
	}

	@Override
	public String state() {
		KafkaStreams streams = streams();
		return (streams != null) ? streams.state().name() : NOT_STARTED;
	}

	@Override
	public Assignment assignment() {
		KafkaStreams streams = streams();
		if (streams == null || !streams.state().isRunningOrRebalancing()) {
			return Assignment.NONE;
		}
		try {
			return Assignment.of(streams.metadataForLocalThreads());
		}
		catch (StreamsException | IllegalStateException ex) {
			// the client stopped between the two calls
			return Assignment.NONE;
		}
	}

	@Override
	public Map<MetricName, ? extends Metric> metrics() {
		KafkaStreams streams = streams();
		return (streams != null) ? streams.metrics() : Map.of();
	}

	private KafkaStreams streams() {
		return this.factoryBean.getObject().getKafkaStreams();
	}

}
