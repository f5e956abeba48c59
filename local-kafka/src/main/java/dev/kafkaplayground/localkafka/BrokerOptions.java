package dev.kafkaplayground.localkafka;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where the local broker keeps its data and which address it listens on.
 *
 * @param dataDir folder holding the generated configuration, the cluster id and the logs;
 * created if missing
 * @param host host name clients use to reach the broker; the listeners bind to it
 * @param port the broker's client port (PLAINTEXT listener)
 * @param controllerPort the KRaft controller's port (CONTROLLER listener)
 */
record BrokerOptions(Path dataDir, String host, int port, int controllerPort) {

	static final Path DEFAULT_DATA_DIR = Path.of(".playground", "kafka");

	static final String DEFAULT_HOST = "localhost";

	static final int DEFAULT_PORT = 9092;

	static final int DEFAULT_CONTROLLER_PORT = 9093;

	static final String USAGE = """
			Usage: LocalKafkaBroker [options]

			Starts a single-node KRaft Apache Kafka broker (broker and controller in one JVM).
			The storage is formatted on the first start; later starts reuse the data.

			Options:
			  --data-dir DIR           data folder (default .playground/kafka)
			  --host HOST              host name to listen on and advertise (default localhost)
			  --port PORT              client port (default 9092)
			  --controller-port PORT   KRaft controller port (default 9093)
			  --help                   show this help
			""";

	private static final Set<String> OPTIONS = Set.of("--data-dir", "--host", "--port", "--controller-port");

	BrokerOptions {
		dataDir = dataDir.toAbsolutePath().normalize();
		if (port == controllerPort) {
			throw new UsageException("Options '--port' and '--controller-port' must differ but both are " + port);
		}
	}

	/** The options of {@code args}, or empty when help was asked for. */
	static Optional<BrokerOptions> parse(String[] args) {
		CommandLine line = CommandLine.parse(args, OPTIONS);
		if (line.helpRequested()) {
			return Optional.empty();
		}
		String host = line.text("--host", DEFAULT_HOST);
		Path dataDir = Path.of(line.text("--data-dir", DEFAULT_DATA_DIR.toString()));
		return Optional.of(new BrokerOptions(dataDir, host, line.integer("--port", DEFAULT_PORT, 1, 65535),
				line.integer("--controller-port", DEFAULT_CONTROLLER_PORT, 1, 65535)));
	}

	String bootstrapServers() {
		return this.host + ":" + this.port;
	}

	/** Folder of the partitions and the KRaft metadata log. */
	Path logDir() {
		return this.dataDir.resolve("logs");
	}

}
