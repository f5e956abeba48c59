package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the playground's topics on any broker, idempotently: the engine behind
 * {@code scripts/create-topics.sh}. It waits until the broker answers, creates every
 * missing topic in one request, and reports each topic with its partition count. It fails
 * when the store topics do not share one partition count.
 *
 * <p>
 * {@link TopicSetupCommand} describes its options and exit status.
 */
public final class TopicSetup {

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(TopicSetup.class);

	private final Admin admin;

	private final TopicSetupOptions options;

	TopicSetup(Admin admin, TopicSetupOptions options) {
		this.admin = admin;
		this.options = options;
	}

	public static void main(String[] args) {
		System.exit(Cli.execute(new TopicSetupCommand(), args));
	}

	static int run(TopicSetupOptions options) {
		Deadline deadline = Deadline.after(options.timeout());
		Admin admin;
		try {
			admin = Admin.create(adminProperties(options));
		}
		catch (KafkaException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			logger.error("Cannot connect to Kafka at {}: {}", options.bootstrapServers(), cause.getMessage());
			return 1;
		}
		try {
			return new TopicSetup(admin, options).setUp(deadline) ? 0 : 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		finally {
			admin.close(CLOSE_TIMEOUT);
		}
	}

	private static Properties adminProperties(TopicSetupOptions options) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
		properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "playground-topic-setup");
		// retry a starting broker often rather than backing off to the 1 s default
		properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250");
		return properties;
	}

	/** Waits for the broker, creates the topics and reports them. */
	boolean setUp(Deadline deadline) throws InterruptedException {
		try {
			BrokerReadiness.Cluster cluster = new BrokerReadiness(this.admin, this.options.bootstrapServers())
				.await(deadline);
			logger.info("Kafka at {} answered after {} (cluster {}, {} broker{})", this.options.bootstrapServers(),
					Seconds.of(deadline.elapsed()), cluster.id(), cluster.brokers(),
					(cluster.brokers() == 1) ? "" : "s");
			List<NewTopic> definitions = this.options.definitions().all();
			List<TopicState> topics = new TopicCreator(this.admin).ensure(definitions, deadline);
			report(topics, definitions);
			Optional<String> mismatch = PartitionCounts.storeTopicMismatch(topics);
			if (mismatch.isPresent()) {
				logger.error(mismatch.get());
				return false;
			}
			return true;
		}
		catch (TopicSetupException ex) {
			logger.error(ex.getMessage());
			return false;
		}
	}

	private void report(List<TopicState> topics, List<NewTopic> definitions) {
		int width = topics.stream().mapToInt((topic) -> topic.name().length()).max().orElse(0);
		for (TopicState topic : topics) {
			logger.info("  {}  {}  {} partition{}", topic.created() ? "created" : "exists ",
					String.format("%-" + width + "s", topic.name()), topic.partitions(),
					(topic.partitions() == 1) ? "" : "s");
		}
		long created = topics.stream().filter(TopicState::created).count();
		logger.info("{} topics ready: {} created, {} already existed", topics.size(), created, topics.size() - created);
		for (TopicState topic : PartitionCounts.differentFrom(topics, definitions)) {
			logger.warn(
					"Note: {} existed with {} partitions, not the number asked for; partition counts are not changed",
					topic.name(), topic.partitions());
		}
	}

}
