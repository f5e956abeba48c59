package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import dev.kafkaplayground.events.topics.TopicDefinitions;

/**
 * Which broker the topic set-up talks to, the topics' shape and how long it waits.
 *
 * @param bootstrapServers the broker(s) to connect to
 * @param partitions partitions of every topic but the processor status topic
 * @param replicationFactor replicas of every partition
 * @param timeout how long to wait for the broker and the topics altogether
 */
record TopicSetupOptions(String bootstrapServers, int partitions, short replicationFactor, Duration timeout) {

	static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	static final String USAGE = """
			Usage: create-topics.sh [options]

			Waits until Kafka answers, then creates every playground topic that does not
			exist yet (five store topics, generator.truth, analytics.metrics, analytics.dlq
			and analytics.processor-status) in one request.
			Safe to run again: existing topics are kept and reported.

			Options:
			  --bootstrap-server HOST:PORT  broker to connect to (default localhost:9092)
			  --partitions N                partitions of every topic (default 6) but
			                                analytics.processor-status, which has 1
			  --replication-factor N        replicas of every partition (default 1)
			  --timeout DURATION            how long to wait for Kafka, e.g. 60s or 2m (default 60s)
			  --help                        show this help
			""";

	private static final Set<String> OPTIONS = Set.of("--bootstrap-server", "--partitions", "--replication-factor",
			"--timeout");

	/** The options of {@code args}, or empty when help was asked for. */
	static Optional<TopicSetupOptions> parse(String[] args) {
		CommandLine line = CommandLine.parse(args, OPTIONS);
		if (line.helpRequested()) {
			return Optional.empty();
		}
		return Optional.of(new TopicSetupOptions(line.text("--bootstrap-server", DEFAULT_BOOTSTRAP_SERVERS),
				line.integer("--partitions", TopicDefinitions.DEFAULT_PARTITIONS, 1, 10_000),
				(short) line.integer("--replication-factor", 1, 1, Short.MAX_VALUE),
				line.duration("--timeout", DEFAULT_TIMEOUT)));
	}

	TopicDefinitions definitions() {
		return new TopicDefinitions(this.partitions, this.replicationFactor);
	}

}
