package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.events.topics.TopicDefinitions;

/**
 * The command line of {@link TopicSetup} ({@code scripts/create-topics.sh}). Exit status:
 * 0 when every topic is ready, 1 when set-up failed, 2 for a bad command line.
 */
@Command(name = "create-topics.sh", sortOptions = false, abbreviateSynopsis = true, descriptionHeading = "%n",
		description = { "Waits until Kafka answers, then creates every playground topic that does not",
				"exist yet (five store topics, generator.truth, analytics.metrics, analytics.dlq",
				"and analytics.processor-status) in one request.",
				"Safe to run again: existing topics are kept and reported.%n" },
		optionListHeading = "Options:%n")
final class TopicSetupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
			description = "broker to connect to (default ${DEFAULT-VALUE})")
	private String bootstrapServer;

	@Option(names = "--partitions", paramLabel = "N", defaultValue = "" + TopicDefinitions.DEFAULT_PARTITIONS,
			description = { "partitions of every topic (default ${DEFAULT-VALUE}) but",
					"analytics.processor-status, which has 1" })
	private int partitions;

	@Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
			description = "replicas of every partition (default ${DEFAULT-VALUE})")
	private int replicationFactor;

	@Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = PositiveDuration.class,
			description = "how long to wait for Kafka, e.g. 2m (default ${DEFAULT-VALUE})")
	private Duration timeout;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
	private boolean help;

	/** The options as given, checked. */
	TopicSetupOptions options() {
		return new TopicSetupOptions(Cli.text(this.spec, "--bootstrap-server", this.bootstrapServer),
				Cli.inRange(this.spec, "--partitions", this.partitions, 1, 10_000),
				(short) Cli.inRange(this.spec, "--replication-factor", this.replicationFactor, 1, Short.MAX_VALUE),
				this.timeout);
	}

	@Override
	public Integer call() {
		return TopicSetup.run(options());
	}

}
