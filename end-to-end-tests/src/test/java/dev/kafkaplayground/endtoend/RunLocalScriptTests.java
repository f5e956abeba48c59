package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.ProcessorNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's first command, run as a learner runs it: {@code scripts/run-local.sh}
 * brings up the broker and the three services from the jars this build just packaged, the
 * dashboard shows growing numbers, {@code --scale processors=2} and then {@code =1} from
 * another "terminal" add and remove a processor instance, and Ctrl-C (SIGINT; SIGTERM
 * where the build runs in the background, see {@link #stopSignal}) stops every process it
 * started or adopted and frees the ports. Skipped when the jars are not packaged (e.g.
 * {@code ./mvnw test}) or a playground port is taken (e.g. a playground is running on
 * this machine).
 */
class RunLocalScriptTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final List<Integer> PORTS = List.of(9092, 9093, 8000, 8081, 8082, 8083);

	private static final List<String> JARS = List.of("local-kafka/target/local-kafka.jar",
			"event-generator-service/target/event-generator-service-exec.jar",
			"analytics-processor-service/target/analytics-processor-service-exec.jar",
			"dashboard-service/target/dashboard-service-exec.jar");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldRunThePlaygroundAndLeaveNothingBehindOnCtrlC(@TempDir Path home) throws Exception {
		assumeTrue(JARS.stream().allMatch((jar) -> Files.isRegularFile(ROOT.resolve(jar))),
				"the service jars are packaged (./mvnw verify)");
		assumeTrue(PORTS.stream().allMatch(RunLocalScriptTests::isFree), "playground ports " + PORTS + " are free");
		Path output = home.resolve("run-local.out");
		Process script = runLocal(home, output, "--no-build", "--processors", "1").start();
		Set<Long> children = new TreeSet<>();
		try {
			runAndScale(home, output, script, children);
		}
		catch (Throwable failure) {
			// stop what the script started, and report the first failure, not this one
			try {
				String signal = stopSignal(script.pid());
				if (!stop(script, signal, home)) {
					failure.addSuppressed(new AssertionError("run-local.sh did not stop on SIG" + signal + " either"));
				}
			}
			catch (Exception ex) {
				failure.addSuppressed(ex);
			}
			throw failure;
		}
		String signal = stopSignal(script.pid());
		assertThat(stop(script, signal, home)).as("run-local.sh stops on SIG%s; output:%n%s", signal, read(output))
			.isTrue();
		assertAll(() -> assertThat(script.exitValue()).as(read(output)).isZero(),
				() -> assertThat(read(output)).contains("scripts/run-local.sh --stop", "Stopped"),
				() -> assertThat(children).as("processes started by run-local.sh")
					.noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
				() -> assertThat(PORTS)
					.allSatisfy((port) -> assertThat(isListening(port)).as("port %d", port).isFalse()));
	}

	private void runAndScale(Path home, Path output, Process script, Set<Long> children) throws Exception {
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(script.isAlive()).as("run-local.sh is running; output:%n%s", read(output)).isTrue();
			return read(output).contains("The playground is running");
		});
		children.addAll(childPids(home.resolve("playground/run-local.children")));
		assertThat(children).hasSize(4);
		long before = await().atMost(Duration.ofMinutes(2)).until(this::eventsOnDashboard, (events) -> events > 0);
		await().atMost(Duration.ofMinutes(1)).until(this::eventsOnDashboard, (events) -> events > before);

		// a second instance joins the running playground: the two share the store
		// topics' partitions as one consumer group
		assertThat(scale(home, "processors=2")).contains("processor-2 up on port 8083");
		children.addAll(childPids(home.resolve("playground/run-local.children")));
		assertThat(children).hasSize(5);
		await().atMost(Duration.ofMinutes(1))
			.until(RunLocalScriptTests::processorMembersWithPartitions, (members) -> members == 2);
		assertThat(scale(home, "processors=1")).contains("stopped processor-2");
		await().atMost(Duration.ofMinutes(1))
			.until(RunLocalScriptTests::processorMembersWithPartitions, (members) -> members == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> read(output).contains("processor-2 (PID") && read(output).contains("removed with --scale"));
		assertThat(read(output)).doesNotContain("exited");
	}

	/**
	 * Ctrl-C's SIGINT where the script can receive it. A build started in the background
	 * ({@code ./mvnw verify &}, {@code setsid} in CI) hands every child SIGINT ignored;
	 * then, and where that cannot be told, SIGTERM, which run-local.sh handles the same
	 * way (as {@code run-local.sh --stop} sends it).
	 */
	private static String stopSignal(long pid) {
		try {
			// the bit mask of ignored signals, SIGINT (2) is bit 1
			String ignored = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))
				.stream()
				.filter((line) -> line.startsWith("SigIgn:"))
				.map((line) -> line.substring("SigIgn:".length()).trim())
				.findFirst()
				.orElseThrow(() -> new IOException("no SigIgn line"));
			return ((Long.parseLong(ignored, 16) & 0x2) == 0) ? "INT" : "TERM";
		}
		catch (IOException | NumberFormatException ex) {
			return "TERM";
		}
	}

	/**
	 * Signals the script and waits for it to stop. If it does not, kills it and every
	 * process it recorded, so that nothing outlives the test.
	 * @return whether it stopped on the signal
	 */
	private static boolean stop(Process script, String signal, Path home) throws Exception {
		new ProcessBuilder("kill", "-" + signal, String.valueOf(script.pid())).start().waitFor();
		if (script.waitFor(2, TimeUnit.MINUTES)) {
			return true;
		}
		script.destroyForcibly();
		Path childrenFile = home.resolve("playground/run-local.children");
		if (Files.exists(childrenFile)) {
			childPids(childrenFile).forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		}
		return false;
	}

	private static ProcessBuilder runLocal(Path home, Path output, String... options) {
		List<String> command = new ArrayList<>(List.of("bash", "scripts/run-local.sh"));
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PLAYGROUND_HOME", home.resolve("playground").toString());
		return builder;
	}

	/** Runs {@code run-local.sh --scale} as from another terminal; returns its output. */
	private static String scale(Path home, String spec) throws IOException, InterruptedException {
		Path output = home.resolve("scale-" + spec.replace('=', '-') + ".out");
		Process scale = runLocal(home, output, "--scale", spec).start();
		assertThat(scale.waitFor(3, TimeUnit.MINUTES)).as("run-local.sh --scale %s ends", spec).isTrue();
		assertThat(scale.exitValue()).as(read(output)).isZero();
		return read(output);
	}

	private long eventsOnDashboard() throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:8000/api/windows")).build(),
				HttpResponse.BodyHandlers.ofString());
		WindowMetrics[] windows = EventJson.mapper().readValue(response.body(), WindowMetrics[].class);
		return Arrays.stream(windows).mapToLong(WindowMetrics::totalEvents).sum();
	}

	private static long processorMembersWithPartitions() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"))) {
			ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(ProcessorNames.APPLICATION_ID))
				.describedGroups()
				.get(ProcessorNames.APPLICATION_ID)
				.get();
			return group.members()
				.stream()
				.filter((member) -> member.assignment()
					.topicPartitions()
					.stream()
					.anyMatch((partition) -> partition.topic().startsWith("store.")))
				.count();
		}
	}

	private static List<Long> childPids(Path childrenFile) throws IOException {
		// one line per started process: "pid name marker"
		return Files.readAllLines(childrenFile)
			.stream()
			.filter((line) -> !line.isBlank())
			.filter((line) -> !line.contains(" create-topics "))
			.map((line) -> Long.parseLong(line.split(" ")[0]))
			.toList();
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("localhost", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isListening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
