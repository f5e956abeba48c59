package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs a real single-node KRaft Apache Kafka broker from the jars on the class path: no
 * Docker, no download. It writes a {@code server.properties} into the data folder,
 * formats the storage on the first start, and then hands over to {@code kafka.Kafka},
 * which installs the shutdown hook that stops the broker cleanly on SIGTERM or Ctrl-C.
 * {@link BrokerCommand} describes its options.
 *
 * <p>
 * spring-kafka's {@code EmbeddedKafkaKraftBroker} cannot bind fixed ports, which the
 * playground needs ({@code localhost:9092}); Kafka's own entry point can.
 */
public final class LocalKafkaBroker {

	static final String CONFIG_FILE = "server.properties";

	private LocalKafkaBroker() {
	}

	public static void main(String[] args) {
		System.exit(Cli.execute(new BrokerCommand(), args));
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
