package dev.kafkaplayground.localkafka;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of {@link LocalKafkaBroker}: exit status 1 when the broker cannot
 * start, 2 for a bad command line; otherwise it runs until the JVM is asked to stop.
 */
@Command(name = "LocalKafkaBroker", sortOptions = false, abbreviateSynopsis = true, descriptionHeading = "%n",
		description = { "Starts a single-node KRaft Apache Kafka broker (broker and controller in one JVM).",
				"The storage is formatted on the first start; later starts reuse the data.%n" },
		optionListHeading = "Options:%n")
final class BrokerCommand implements Callable<Integer> {

	private static final Logger logger = LoggerFactory.getLogger(BrokerCommand.class);

	@Spec
	private CommandSpec spec;

	@Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".playground/kafka",
			description = "data folder (default ${DEFAULT-VALUE})")
	private String dataDir;

	@Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
			description = "host name to listen on and advertise (default ${DEFAULT-VALUE})")
	private String host;

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
			description = "client port (default ${DEFAULT-VALUE})")
	private int port;

	@Option(names = "--controller-port", paramLabel = "PORT", defaultValue = "9093",
			description = "KRaft controller port (default ${DEFAULT-VALUE})")
	private int controllerPort;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
	private boolean help;

	/** The options as given, checked. */
	BrokerOptions options() {
		int clientPort = Cli.inRange(this.spec, "--port", this.port, 1, 65535);
		int kraftPort = Cli.inRange(this.spec, "--controller-port", this.controllerPort, 1, 65535);
		if (clientPort == kraftPort) {
			throw new ParameterException(this.spec.commandLine(),
					"Options '--port' and '--controller-port' must differ but both are " + clientPort);
		}
		return new BrokerOptions(Path.of(Cli.text(this.spec, "--data-dir", this.dataDir)),
				Cli.text(this.spec, "--host", this.host), clientPort, kraftPort);
	}

	@Override
	public Integer call() {
		BrokerOptions options = options();
		Path config;
		try {
			config = LocalKafkaBroker.prepare(options);
		}
		catch (BrokerStartException ex) {
			logger.error(ex.getMessage());
			return 1;
		}
		logger.info("Starting Kafka {} broker on {} (data in {})", AppInfoParser.getVersion(),
				options.bootstrapServers(), options.dataDir());
		// runs until the JVM is asked to stop, then exits itself
		kafka.Kafka.main(new String[] { config.toString() });
		return 0;
	}

}
