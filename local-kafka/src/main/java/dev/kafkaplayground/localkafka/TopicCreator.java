package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates topics in one Admin request, keeps the ones that exist already, and reads back
 * what the broker holds.
 */
final class TopicCreator {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration DESCRIBE_BACKOFF = Duration.ofMillis(100);

	private final Admin admin;

	TopicCreator(Admin admin) {
		this.admin = admin;
	}

	/**
	 * Creates every topic that does not exist yet.
	 * @return each topic as the broker now holds it, in the order given
	 * @throws TopicSetupException if the broker refuses a topic for another reason than
	 * its existence
	 */
	List<TopicState> ensure(List<NewTopic> topics, Deadline deadline) throws InterruptedException {
		CreateTopicsResult result = this.admin.createTopics(topics,
				new CreateTopicsOptions().timeoutMs(deadline.remainingMillis(REQUEST_TIMEOUT)));
		Set<String> created = new HashSet<>();
		for (NewTopic topic : topics) {
			try {
				result.values().get(topic.name()).get();
				created.add(topic.name());
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw new TopicSetupException(
							"Creating topic " + topic.name() + " failed: " + ex.getCause().getMessage(), ex.getCause());
				}
			}
		}
		List<String> names = topics.stream().map(NewTopic::name).toList();
		Map<String, TopicDescription> descriptions = describe(names, deadline);
		return names.stream()
			.map((name) -> new TopicState(name, created.contains(name), descriptions.get(name).partitions().size()))
			.toList();
	}

	// a topic that was just created may take a moment to reach the broker's metadata
	private Map<String, TopicDescription> describe(List<String> names, Deadline deadline) throws InterruptedException {
		while (true) {
			try {
				return this.admin
					.describeTopics(names,
							new DescribeTopicsOptions().timeoutMs(deadline.remainingMillis(REQUEST_TIMEOUT)))
					.allTopicNames()
					.get();
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof UnknownTopicOrPartitionException) || deadline.isExpired()) {
					throw new TopicSetupException("Describing the topics failed: " + ex.getCause().getMessage(),
							ex.getCause());
				}
				Thread.sleep(DESCRIBE_BACKOFF.toMillis());
			}
		}
	}

}
