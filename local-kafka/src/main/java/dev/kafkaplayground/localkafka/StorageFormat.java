package dev.kafkaplayground.localkafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats the KRaft storage of a new data folder, once. The cluster id is kept in the
 * data folder so that a half-finished first start formats with the same id again.
 */
final class StorageFormat {

	static final String CLUSTER_ID_FILE = "cluster.id";

	private static final Logger logger = LoggerFactory.getLogger(StorageFormat.class);

	private final BrokerOptions options;

	StorageFormat(BrokerOptions options) {
		this.options = options;
	}

	/** Whether the log folder already holds formatted KRaft storage. */
	boolean isFormatted() {
		return Files.isRegularFile(this.options.logDir().resolve("meta.properties"));
	}

	/**
	 * Formats the storage unless it is formatted already.
	 * @param config the broker's {@code server.properties}
	 * @return whether the storage was formatted now
	 */
	boolean formatOnce(Path config) throws IOException {
		if (isFormatted()) {
			return false;
		}
		String clusterId = clusterId();
		logger.info("Formatting new KRaft storage in {} (cluster id {})", this.options.logDir(), clusterId);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int status;
		try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			// execute() returns a status where main() would call System.exit
			status = StorageTool.execute(new String[] { "format", "--cluster-id", clusterId, "--config",
					config.toString(), "--standalone", "--ignore-formatted" }, out);
		}
		catch (RuntimeException ex) {
			throw new BrokerStartException("Formatting the Kafka storage in " + this.options.logDir() + " failed: "
					+ ex.getMessage() + ". Delete " + this.options.dataDir() + " to start afresh.", ex);
		}
		String printed = output.toString(StandardCharsets.UTF_8).strip();
		if (status != 0) {
			throw new BrokerStartException("Formatting the Kafka storage in " + this.options.logDir()
					+ " failed with status " + status + ": " + printed);
		}
		logger.debug("Storage tool output: {}", printed);
		return true;
	}

	private String clusterId() throws IOException {
		Path file = this.options.dataDir().resolve(CLUSTER_ID_FILE);
		if (Files.isRegularFile(file)) {
			String id = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!id.isEmpty()) {
				return id;
			}
		}
		String id = Uuid.randomUuid().toString();
		Files.createDirectories(file.getParent());
		Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
		return id;
	}

}
