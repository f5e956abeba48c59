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
 * A lab's own topic, created on first use. The playground's broker creates no topic on
 * first use, and a lab must never write to the playground's own topics.
 */
public final class LabTopic {

	private static final long TIMEOUT_SECONDS = 30;

	private LabTopic() {
	}

	/**
	 * Creates the topic unless it exists.
	 * @return what was done, for the learner: created, or found with its partition count
	 */
	public static String ensure(String bootstrapServers, String topic, int partitions)
			throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			try {
				admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
					.all()
					.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				return "topic " + topic + " created with " + partitions + " partitions";
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
			return "topic " + topic + " exists with " + existing + " partitions";
		}
	}

}
