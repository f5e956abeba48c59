package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import dev.kafkaplayground.localkafka.LocalKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real local broker in its own JVM, as {@code run-local.sh} starts it, on free ports
 * with its data in a folder of the test's: it can be stopped and started again on the
 * same ports and data, which the in-process test brokers cannot. {@link #close()} kills
 * it if it still runs.
 */
final class BrokerProcess implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private final Path dir;

	private final int port = JavaProcess.freePort();

	private final int controllerPort = JavaProcess.freePort();

	private Process process;

	private Path log;

	private int starts;

	private BrokerProcess(Path dir) {
		this.dir = dir;
	}

	/**
	 * Starts a broker with its data and logs in {@code dir} and waits until it answers.
	 */
	static BrokerProcess start(Path dir) throws IOException {
		BrokerProcess broker = new BrokerProcess(dir);
		broker.startAgain();
		return broker;
	}

	String bootstrapServers() {
		return "localhost:" + this.port;
	}

	/** Stops the broker like Ctrl-C (SIGTERM) and waits until it has exited. */
	void stop() throws InterruptedException {
		this.process.destroy();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as(log()).isTrue();
	}

	/** Starts the stopped broker on the same ports and data; waits until it answers. */
	void startAgain() throws IOException {
		this.starts++;
		this.log = this.dir.resolve("broker-" + this.starts + ".log");
		Process started = JavaProcess.start(this.log, List.of("-Xmx512m"), LocalKafkaBroker.class,
				List.of("--data-dir", this.dir.resolve("kafka").toString(), "--port", String.valueOf(this.port),
						"--controller-port", String.valueOf(this.controllerPort)));
		this.process = started;
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			await().atMost(TIMEOUT).ignoreExceptions().until(() -> {
				assertThat(started.isAlive()).as(log()).isTrue();
				return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
			});
		}
	}

	/** The output of the broker's latest start. */
	String log() {
		return JavaProcess.read(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
		}
	}

}
