package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kafkaplayground.processor.AnalyticsProcessorApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One analytics processor instance in its own JVM, as a learner starts an extra one: its
 * own free port and its own state directory (kept across restarts of the instance, as
 * {@code run-local.sh} keeps it). {@link #close()} kills it if it still runs.
 */
final class ProcessorProcess implements AutoCloseable {

	/**
	 * The heap run-local.sh gives an instance; the JIT and GC of a small tool, which
	 * start faster on the two cores CI has and keep up with the test's rate.
	 */
	private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private final String name;

	private final Process process;

	private final Path log;

	private ProcessorProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * @param dir where the instance keeps its state ({@code state/<name>}) and its log
	 * ({@code <name>-<nanos>.log}, one per start)
	 * @param settings further {@code --name=value} settings
	 */
	static ProcessorProcess start(String name, Path dir, String bootstrapServers, List<String> settings)
			throws IOException {
		List<String> args = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + bootstrapServers,
				"--server.port=" + JavaProcess.freePort(),
				"--spring.kafka.streams.state-dir=" + dir.resolve("state").resolve(name)));
		args.addAll(settings);
		Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
		return new ProcessorProcess(name,
				JavaProcess.start(log, JVM_OPTIONS, AnalyticsProcessorApplication.class, args), log);
	}

	/** {@code kill -9}: no shutdown hook, no last commit, no leaving the group. */
	void kill() throws InterruptedException {
		assertThat(this.process.isAlive()).as("%s is running before it is killed", this.name).isTrue();
		assertThat(this.process.destroyForcibly().waitFor(15, TimeUnit.SECONDS)).isTrue();
	}

	/** Stops the instance cleanly (SIGTERM, as Ctrl-C) and checks that it exited. */
	void stop() throws InterruptedException {
		this.process.destroy();
		assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as("%s stops on SIGTERM:%n%s", this.name, log())
			.isTrue();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String log() {
		return JavaProcess.read(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
