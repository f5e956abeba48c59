package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
 * where the build runs in the background, see {@link RunLocal#stopSignal}) stops every
 * process it started or adopted and frees the ports. Skipped when the jars are not
 * packaged (e.g. {@code ./mvnw test}) or a playground port is taken (e.g. a playground is
 * running on this machine).
 */
class RunLocalScriptTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldRunThePlaygroundAndLeaveNothingBehindOnCtrlC(@TempDir Path home) throws Exception {
		assumeTrue(RunLocal.jarsPackaged(), "the service jars are packaged (./mvnw verify)");
		assumeTrue(RunLocal.portsFree(), "playground ports " + RunLocal.PORTS + " are free");
		Path output = home.resolve("run-local.out");
		Process script = RunLocal.script(home, output, "--no-build", "--processors", "1").start();
		Set<Long> children = new TreeSet<>();
		try {
			runAndScale(home, output, script, children);
		}
		catch (Throwable failure) {
			// stop what the script started, and report the first failure, not this one
			try {
				String signal = RunLocal.stopSignal(script.pid());
				if (!RunLocal.stop(script, signal, home)) {
					failure.addSuppressed(new AssertionError("run-local.sh did not stop on SIG" + signal + " either"));
				}
			}
			catch (Exception ex) {
				failure.addSuppressed(ex);
			}
			throw failure;
		}
		String signal = RunLocal.stopSignal(script.pid());
		assertThat(RunLocal.stop(script, signal, home))
			.as("run-local.sh stops on SIG%s; output:%n%s", signal, RunLocal.read(output))
			.isTrue();
		assertAll(() -> assertThat(script.exitValue()).as(RunLocal.read(output)).isZero(),
				() -> assertThat(RunLocal.read(output)).contains("scripts/run-local.sh --stop", "Stopped"),
				() -> assertThat(children).as("processes started by run-local.sh")
					.noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
				() -> assertThat(RunLocal.PORTS)
					.allSatisfy((port) -> assertThat(RunLocal.isListening(port)).as("port %d", port).isFalse()));
	}

	private void runAndScale(Path home, Path output, Process script, Set<Long> children) throws Exception {
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(script.isAlive()).as("run-local.sh is running; output:%n%s", RunLocal.read(output)).isTrue();
			return RunLocal.read(output).contains("The playground is running");
		});
		children.addAll(RunLocal.childPids(RunLocal.childrenFile(home)));
		assertThat(children).hasSize(4);
		long before = await().atMost(Duration.ofMinutes(2)).until(this::eventsOnDashboard, (events) -> events > 0);
		await().atMost(Duration.ofMinutes(1)).until(this::eventsOnDashboard, (events) -> events > before);

		// a second instance joins the running playground: the two share the store
		// topics' partitions as one consumer group
		assertThat(scale(home, "processors=2")).contains("processor-2 up on port 8083");
		children.addAll(RunLocal.childPids(RunLocal.childrenFile(home)));
		assertThat(children).hasSize(5);
		await().atMost(Duration.ofMinutes(1))
			.until(RunLocalScriptTests::processorMembersWithPartitions, (members) -> members == 2);
		assertThat(scale(home, "processors=1")).contains("stopped processor-2");
		await().atMost(Duration.ofMinutes(1))
			.until(RunLocalScriptTests::processorMembersWithPartitions, (members) -> members == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> RunLocal.read(output).contains("processor-2 (PID")
					&& RunLocal.read(output).contains("removed with --scale"));
		assertThat(RunLocal.read(output)).doesNotContain("exited");
	}

	/** Runs {@code run-local.sh --scale} as from another terminal; returns its output. */
	private static String scale(Path home, String spec) throws IOException, InterruptedException {
		Path output = home.resolve("scale-" + spec.replace('=', '-') + ".out");
		Process scale = RunLocal.script(home, output, "--scale", spec).start();
		assertThat(scale.waitFor(3, TimeUnit.MINUTES)).as("run-local.sh --scale %s ends", spec).isTrue();
		assertThat(scale.exitValue()).as(RunLocal.read(output)).isZero();
		return RunLocal.read(output);
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

}
