package dev.kafkaplayground.processor.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;

import org.springframework.core.Ordered;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.streams.KafkaStreamsMicrometerListener;

/**
 * Turns new Kafka Streams metrics into Micrometer meters every {@link #INTERVAL}, in
 * place of once a minute with the listener Spring Boot adds. Kafka Streams creates most
 * of its metrics after start: a task's when the task is assigned, a partition's
 * {@code records-lag} at its first fetch, the processor's own sensors (duplicates, late
 * events) when their task starts. Each becomes a Prometheus meter only when the binder
 * next looks, so a task that just moved would stay invisible for up to a minute.
 * <p>
 * Runs after Boot's configurer (lowest precedence) and replaces its listener, so each
 * metric is bound once.
 */
final class StreamsMetersRefresh implements StreamsBuilderFactoryBeanConfigurer {

	/** How often new Kafka Streams metrics are bound. */
	static final Duration INTERVAL = Duration.ofSeconds(10);

	private final MeterRegistry registry;

	StreamsMetersRefresh(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void configure(StreamsBuilderFactoryBean factoryBean) {
		List.copyOf(factoryBean.getListeners())
			.stream()
			.filter(KafkaStreamsMicrometerListener.class::isInstance)
			.forEach(factoryBean::removeListener);
		factoryBean.addListener(new Listener(this.registry));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Spring Kafka's listener, binding every {@link #INTERVAL}. */
	static final class Listener extends KafkaStreamsMicrometerListener {

		Listener(MeterRegistry registry) {
			super(registry);
		}

		@Override
		protected MeterBinder createClientMetrics(KafkaStreams streams, List<Tag> tags) {
			ScheduledExecutorService binder = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "kafka-streams-meters");
				thread.setDaemon(true);
				return thread;
			});
			return new Metrics(streams, tags, binder);
		}

	}

	/** Micrometer's binder with its own binding thread, stopped when the streams go. */
	private static final class Metrics extends KafkaStreamsMetrics {

		private final ScheduledExecutorService binder;

		Metrics(KafkaStreams streams, List<Tag> tags, ScheduledExecutorService binder) {
			super(streams, tags, binder, INTERVAL);
			this.binder = binder;
		}

		@Override
		public void close() {
			this.binder.shutdownNow();
			super.close();
		}

	}

}
