package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a real single-node KRaft Apache Kafka broker from the jars on the class path: no
 * Docker, no download. It writes a {@code server.properties} into the data folder,
 * formats the storage on the first start, and then hands over to {@code kafka.Kafka},
 * which installs the shutdown hook that stops the broker cleanly on SIGTERM or Ctrl-C.
 *
 * <p>
 * spring-kafka's {@code EmbeddedKafkaKraftBroker} cannot bind fixed ports, which the
 * playground needs ({@code localhost:9092}); Kafka's own entry point can.
 */
public final class LocalKafkaBroker {

	static final String CONFIG_FILE = "server.properties";

	private static final Logger logger = LoggerFactory.getLogger(LocalKafkaBroker.class);

	private LocalKafkaBroker() {
	}

	public static void main(String[] args) {
		Optional<BrokerOptions> options;
		try {
			options = BrokerOptions.parse(args);
		}
		catch (UsageException ex) {
			System.exit(Usage.error(ex, "LocalKafkaBroker"));
			return;
		}
		if (options.isEmpty()) {
			Usage.help(BrokerOptions.USAGE);
			return;
		}
		Path config;
		try {
			config = prepare(options.get());
		}
		catch (BrokerStartException ex) {
			logger.error(ex.getMessage());
			System.exit(1);
			return;
		}
		logger.info("Starting Kafka {} broker on {} (data in {})", AppInfoParser.getVersion(),
				options.get().bootstrapServers(), options.get().dataDir());
		// runs until the JVM is asked to stop, then exits itself
		kafka.Kafka.main(new String[] { config.toString() });
	}

	/**
	 * Checks the ports, writes the configuration and formats the storage if it is new.
	 * @return the {@code server.properties} to start the broker with
	 */
	static Path prepare(BrokerOptions options) {
		PortCheck.ensureFree(options.host(), options.port(), "--port");
		PortCheck.ensureFree(options.host(), options.controllerPort(), "--controller-port");
		try {
			Path config = new BrokerConfig(options).writeTo(options.dataDir().resolve(CONFIG_FILE));
			new StorageFormat(options).formatOnce(config);
			return config;
		}
		catch (IOException ex) {
			throw new BrokerStartException("Cannot prepare the data folder " + options.dataDir() + ": " + ex, ex);
		}
	}

}
