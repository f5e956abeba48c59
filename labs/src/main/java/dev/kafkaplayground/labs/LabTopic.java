package dev.kafkaplayground.labs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A lab's own topic, created on first use: the playground's broker creates no topic on
 * first use. Its name starts with {@link #PREFIX}, so that a lab never writes to one of
 * the playground's own topics.
 */
public final class LabTopic {

	public static final String PREFIX = "lab.";

	private static final long TIMEOUT_SECONDS = 30;

	private LabTopic() {
	}

	/**
	 * Creates the topic unless it exists.
	 * @return what was done, for the learner: created, or found with its partition count
	 * @throws IllegalStateException when the broker does not answer in time
	 */
	public static String ensure(String bootstrapServers, String topic, int partitions)
			throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			try {
				admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
					.all()
					.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				return "topic " + topic + " created with " + partitions(partitions);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw ex;
				}
			}
			int existing = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.get(topic)
				.partitions()
				.size();
			return "topic " + topic + " exists with " + partitions(existing);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("no answer from a Kafka broker at " + bootstrapServers + " within "
					+ TIMEOUT_SECONDS + " s: is the playground running?", ex);
		}
	}

	private static String partitions(int count) {
		return count + ((count == 1) ? " partition" : " partitions");
	}

}
