package dev.kafkaplayground.localkafka;

import java.nio.file.Path;

/**
 * Where the local broker keeps its data and which address it listens on (read from the
 * command line by {@link BrokerCommand}).
 *
 * @param dataDir folder holding the generated configuration, the cluster id and the logs;
 * created if missing
 * @param host host name clients use to reach the broker; the listeners bind to it
 * @param port the broker's client port (PLAINTEXT listener)
 * @param controllerPort the KRaft controller's port (CONTROLLER listener)
 */
record BrokerOptions(Path dataDir, String host, int port, int controllerPort) {

	BrokerOptions {
		dataDir = dataDir.toAbsolutePath().normalize();
	}

	String bootstrapServers() {
		return this.host + ":" + this.port;
	}

	/** Folder of the partitions and the KRaft metadata log. */
	Path logDir() {
		return this.dataDir.resolve("logs");
	}

}
