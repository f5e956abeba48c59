package dev.kafkaplayground.generator.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.topics.TopicsProperties;

/**
 * Waits until every partition the generator writes to has a leader that answers. A topic
 * created a moment ago (by the generator itself, on a fresh broker) has a leader in its
 * metadata slightly before the leader serves requests; an idempotent producer that sends
 * into that gap can see its first batches refused and then out of sequence. Asking each
 * leader for its end offset proves it is serving.
 */
@Component
class TopicReadiness {

	private static final Logger logger = LoggerFactory.getLogger(TopicReadiness.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Duration RETRY = Duration.ofMillis(200);

	private final KafkaAdmin kafkaAdmin;

	/** The topics the generator declares (and so writes to). */
	private final List<String> topics;

	TopicReadiness(KafkaAdmin kafkaAdmin, TopicsProperties topics) {
		this.kafkaAdmin = kafkaAdmin;
		this.topics = topics.definitions().generatorTopics().stream().map(NewTopic::name).toList();
	}

	/** Blocks until ready; fails naming what is not ready after a minute. */
	void await() {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Exception last = null;
		try (Admin admin = Admin.create(this.kafkaAdmin.getConfigurationProperties())) {
			while (System.nanoTime() < deadline) {
				try {
					check(admin);
					return;
				}
				catch (ExecutionException | TimeoutException ex) {
					last = ex;
					Thread.sleep(RETRY.toMillis());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the topics " + this.topics, ex);
		}
		throw new IllegalStateException("The topics " + this.topics + " are not ready after " + TIMEOUT.toSeconds()
				+ " s: " + ((last != null) ? last.getMessage() : "no answer"), last);
	}

	private void check(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
		Map<String, TopicDescription> described = admin.describeTopics(this.topics)
			.allTopicNames()
			.get(5, TimeUnit.SECONDS);
		Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
		described.values()
			.forEach((topic) -> topic.partitions()
				.forEach((partition) -> partitions.put(new TopicPartition(topic.name(), partition.partition()),
						OffsetSpec.latest())));
		admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
		logger.debug("{} partitions of {} are served by their leaders", partitions.size(), this.topics);
	}

}
