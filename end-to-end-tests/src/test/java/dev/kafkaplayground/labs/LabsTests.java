package dev.kafkaplayground.labs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import dev.kafkaplayground.endtoend.RunLocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every lab under {@code docs/labs/}, in order, run as a learner follows it: the README's
 * first command starts the playground, then every block marked {@code run} is run and its
 * output checked against the lab's "You should see" (see {@link LabDocument} for the
 * markers). At the end, Ctrl-C (SIGINT; SIGTERM where the build runs in the background,
 * see {@link RunLocal#stopSignal}) stops the playground, and no process it started or
 * added with {@code --scale} and no port is left behind. Skipped when the jars are not
 * packaged (e.g. {@code ./mvnw test}) or a playground port is taken (e.g. a playground is
 * running on this machine).
 * <p>
 * The labs run beside the other test classes of this module (see
 * {@code junit-platform.properties}): they mostly wait for minutes to close.
 * <p>
 * While writing a lab: {@code -Dlabs.running=true} runs the labs against the playground
 * already running from this folder (home {@code .playground}), and {@code -Dlabs.only=05}
 * runs only the labs whose file names start so, and {@code -Dlabs.outputs=DIR} keeps what
 * every step printed in {@code DIR}, to copy into the lab.
 */
@Execution(ExecutionMode.CONCURRENT)
class LabsTests {

	static final Path LABS = RunLocal.ROOT.resolve("docs/labs");

	private static final boolean RUNNING = Boolean.getBoolean("labs.running");

	@TempDir
	static Path temp;

	private static Path playgroundHome;

	private static Process playground;

	@BeforeAll
	static void startThePlayground() throws Exception {
		if (RUNNING) {
			playgroundHome = RunLocal.ROOT.resolve(".playground");
			return;
		}
		Path home = temp;
		playgroundHome = RunLocal.playgroundHome(home);
		assumeTrue(RunLocal.jarsPackaged(), "the service jars are packaged (./mvnw verify)");
		assumeTrue(RunLocal.portsFree(), "playground ports " + RunLocal.PORTS + " are free");
		Path output = home.resolve("run-local.out");
		playground = RunLocal.script(home, output, "--no-build").start();
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(playground.isAlive()).as("run-local.sh is running; output:%n%s", RunLocal.read(output)).isTrue();
			return RunLocal.read(output).contains("The playground is running");
		});
	}

	@AfterAll
	static void stopThePlaygroundAndLeaveNothingBehind() throws Exception {
		if (playground == null) {
			return;
		}
		Path output = temp.resolve("run-local.out");
		List<Long> started = RunLocal.childPids(RunLocal.childrenFile(temp));
		String signal = RunLocal.stopSignal(playground.pid());
		assertThat(RunLocal.stop(playground, signal, temp))
			.as("run-local.sh stops on SIG%s; output:%n%s", signal, RunLocal.read(output))
			.isTrue();
		assertAll(() -> assertThat(playground.exitValue()).as(RunLocal.read(output)).isZero(),
				() -> assertThat(RunLocal.read(output)).contains("scripts/run-local.sh --stop", "Stopped"),
				() -> assertThat(started).as("processes started by run-local.sh")
					.hasSizeGreaterThanOrEqualTo(4)
					.noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
				() -> assertThat(RunLocal.PORTS)
					.allSatisfy((port) -> assertThat(RunLocal.isListening(port)).as("port %d", port).isFalse()));
	}

	/** In order, one step after the other: the labs build on each other. */
	@TestFactory
	@Execution(ExecutionMode.SAME_THREAD)
	Stream<DynamicNode> everyLabStepPrintsWhatTheLabSays() throws IOException {
		List<DynamicNode> labs = new ArrayList<>();
		for (Path file : labFiles()) {
			LabDocument lab = LabDocument.read(file);
			labs.add(DynamicContainer.dynamicContainer(lab.name(), steps(lab)));
		}
		return labs.stream();
	}

	/** The labs' files, in the order of their numbers. */
	static List<Path> labFiles() throws IOException {
		try (Stream<Path> files = Files.list(LABS)) {
			return files.map(Path::getFileName)
				.map(Path::toString)
				.filter((name) -> name.matches("\\d\\d-.*\\.md"))
				.filter((name) -> name.startsWith(System.getProperty("labs.only", "")))
				.sorted()
				.map(LABS::resolve)
				.toList();
		}
	}

	private static Stream<DynamicNode> steps(LabDocument lab) throws IOException {
		Path outputs = Files.createDirectories(
				Path.of(System.getProperty("labs.outputs", temp.toString())).toAbsolutePath().resolve(lab.name()));
		LabShell shell = new LabShell(playgroundHome, outputs);
		boolean[] failed = { false };
		List<DynamicNode> tests = new ArrayList<>();
		for (LabStep step : lab.steps()) {
			tests.add(DynamicTest.dynamicTest(step.where() + " " + firstLine(step.command()), () -> {
				assumeTrue(!failed[0], "an earlier step of this lab failed");
				try {
					shell.run(step);
				}
				catch (Throwable failure) {
					failed[0] = true;
					throw failure;
				}
			}));
		}
		tests.add(DynamicTest.dynamicTest(lab.name() + ": stop what runs in the background", shell::close));
		return tests.stream().map(DynamicNode.class::cast);
	}

	private static String firstLine(String command) {
		String line = command.strip().lines().filter((l) -> !l.startsWith("#")).findFirst().orElse("");
		return (line.length() > 80) ? line.substring(0, 80) + "…" : line;
	}

}
