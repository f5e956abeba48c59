package dev.kafkaplayground.generator.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.topics.Topics;

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

	private static final List<String> TOPICS = Stream
		.concat(Topics.STORE_TOPICS.stream(), Stream.of(Topics.GENERATOR_TRUTH))
		.toList();

	private final KafkaAdmin kafkaAdmin;

	TopicReadiness(KafkaAdmin kafkaAdmin) {
		this.kafkaAdmin = kafkaAdmin;
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
			throw new IllegalStateException("Interrupted while waiting for the topics " + TOPICS, ex);
		}
		throw new IllegalStateException("The topics " + TOPICS + " are not ready after " + TIMEOUT.toSeconds() + " s: "
				+ ((last != null) ? last.getMessage() : "no answer"), last);
	}

	private static void check(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
		Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(5, TimeUnit.SECONDS);
		Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
		topics.values()
			.forEach((topic) -> topic.partitions()
				.forEach((partition) -> partitions.put(new TopicPartition(topic.name(), partition.partition()),
						OffsetSpec.latest())));
		admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
		logger.debug("{} partitions of {} are served by their leaders", partitions.size(), TOPICS);
	}

}
