package dev.kafkaplayground.labs.revenue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.labs.CommonOptions;
import dev.kafkaplayground.labs.LabTopic;

/**
 * {@code revenue-per-minute}: runs {@link RevenueTopology} and prints every final window.
 * Teaches event-time windows in the Kafka Streams DSL: a minute's figures are final only
 * once stream time has passed its end plus the grace period, an event later than that is
 * dropped, and under exactly-once the figures equal the analytics processor's final
 * window of the same minute.
 */
@Command(name = "revenue-per-minute", sortOptions = false, descriptionHeading = "%n",
		optionListHeading = "%nOptions:%n",
		header = "A Kafka Streams job: final revenue and orders per event-time minute.",
		description = {
				"A Kafka Streams job (application id " + RevenueTopology.APPLICATION_ID + ", exactly-once) that "
						+ "sums the valid purchases of store.purchases per event-time minute and writes each minute "
						+ "once, when it has closed (30 s grace), to " + RevenueTopology.OUTPUT_TOPIC
						+ ", printing it too. Compare with the final windows of analytics.metrics.",
				"Starts with the purchases that come in from then on, so the first minute printed is partial; "
						+ "it goes on from its committed offsets when started again. Runs until Ctrl-C." })
public final class RevenuePerMinute implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private CommonOptions options;

	@Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".playground/labs/state",
			description = "Kafka Streams' state (default ${DEFAULT-VALUE})")
	private Path stateDir;

	@Option(names = "--from-beginning", description = "read store.purchases from its first record: while a "
			+ "backlog is caught up, partitions run ahead of each other and purchases can be dropped as late")
	private boolean fromBeginning;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(LabTopic.ensure(this.options.bootstrapServer(), RevenueTopology.OUTPUT_TOPIC, 1));
		StreamsBuilder builder = new StreamsBuilder();
		RevenueTopology.build(builder, this.fromBeginning ? AutoOffsetReset.earliest() : AutoOffsetReset.latest(),
				out::println);
		Topology topology = builder.build();
		out.println(topology.describe());
		return UntilStopped.run(topology, streamsConfig(this.options.bootstrapServer(), this.stateDir),
				() -> out.println("Running; a minute is printed once stream time has passed its end plus "
						+ RevenueTopology.GRACE.toSeconds() + " s. Ctrl-C stops."));
	}

	/** The job's Kafka Streams settings; the serdes are explicit at every step. */
	static Properties streamsConfig(String bootstrapServers, Path stateDir) {
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, RevenueTopology.APPLICATION_ID);
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
		return config;
	}

}
