package dev.kafkaplayground.labs.share;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checks that a worker's topic exists before it joins: topics are not created on first
 * use, and a share consumer of a mistyped one would wait for ever.
 */
final class ExistingTopic {

	private static final long TIMEOUT_SECONDS = 30;

	private ExistingTopic() {
	}

	/**
	 * @throws IllegalStateException when the topic does not exist, the broker does not
	 * answer in time or the check is interrupted, with a message for the learner
	 */
	static void require(String bootstrapServers, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException((ex.getCause() instanceof UnknownTopicOrPartitionException)
					? "topic " + topic + " does not exist" : ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while looking for topic " + topic, ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("no answer from a Kafka broker at " + bootstrapServers + " within "
					+ TIMEOUT_SECONDS + " s: is the playground running?", ex);
		}
	}

}
