package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.events.topics.TopicsProperties;

/**
 * The pipeline's Kafka clients, configured like Spring Boot's (same brokers, security and
 * {@code spring.kafka.admin.*} or {@code spring.kafka.consumer.*} settings), and its
 * poller.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	/** A poll against a broker that does not answer fails after this long. */
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

	/** How long one poll may spend reading the oldest unread records. */
	private static final Duration PROBE_BUDGET = Duration.ofSeconds(1);

	/** How long one poll may spend reading new dead letters to count them. */
	private static final Duration COUNT_BUDGET = Duration.ofSeconds(1);

	@Bean
	ClusterReader pipelineClusterReader(KafkaAdmin kafkaAdmin, ConsumerFactory<?, ?> consumerFactory,
			TopicsProperties topics, DashboardProperties properties) {
		List<String> names = topics.definitions().all().stream().map((topic) -> topic.name()).toList();
		return new ClusterReader(admin(kafkaAdmin), new OldestUnreadProbe(probeConsumer(consumerFactory), PROBE_BUDGET),
				new DeadLetterCounter(counterConsumer(consumerFactory), COUNT_BUDGET), names,
				properties.processorGroup());
	}

	@Bean
	PipelinePoller pipelinePoller(ClusterReader pipelineClusterReader, PipelineView view, InstancesFeed instances,
			DashboardProperties properties, MeterRegistry registry) {
		return new PipelinePoller(pipelineClusterReader, view, instances, properties.pipelineInterval(),
				new PipelineMeters(registry, view));
	}

	private static Admin admin(KafkaAdmin kafkaAdmin) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, "dashboard-pipeline");
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.dividedBy(2).toMillis());
		return Admin.create(config);
	}

	// Small fetches: one batch per partition, the one holding the record it looks for.
	private static KafkaConsumer<byte[], byte[]> probeConsumer(ConsumerFactory<?, ?> consumerFactory) {
		Map<String, Object> config = readCommittedWithoutGroup(consumerFactory, "dashboard-pipeline-probe");
		config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1);
		config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1024 * 1024);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	// It reads whole batches: every record counts.
	private static KafkaConsumer<byte[], byte[]> counterConsumer(ConsumerFactory<?, ?> consumerFactory) {
		Map<String, Object> config = readCommittedWithoutGroup(consumerFactory, "dashboard-pipeline-dead-letters");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	// No group: it never commits and takes part in no rebalance. read_committed, as
	// the processor reads, so that aborted records and transaction markers are skipped.
	private static Map<String, Object> readCommittedWithoutGroup(ConsumerFactory<?, ?> consumerFactory,
			String clientId) {
		Map<String, Object> config = new HashMap<>(consumerFactory.getConfigurationProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
		// an offset already deleted by retention: the oldest record there is
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
		return config;
	}

}
