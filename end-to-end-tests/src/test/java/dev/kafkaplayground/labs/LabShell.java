package dev.kafkaplayground.labs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;

import dev.kafkaplayground.deploy.ComposeFile;
import dev.kafkaplayground.endtoend.RunLocal;

import static org.awaitility.Awaitility.await;

/**
 * Runs a lab's blocks as a learner types them, in the repository's root, against the
 * playground that {@code run-local.sh} runs with this home. The lab text says
 * {@code .playground/}, the default home: here that is the test's own folder.
 */
final class LabShell implements AutoCloseable {

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(3);

	private static final Set<String> COMPOSE_SERVICE_COMMANDS = Set.of("up", "stop", "start", "restart", "kill", "logs",
			"exec", "rm", "pause", "unpause");

	private final Path playgroundHome;

	private final Path outputs;

	private final List<Process> background = new ArrayList<>();

	private int runs;

	LabShell(Path playgroundHome, Path outputs) {
		this.playgroundHome = playgroundHome;
		this.outputs = outputs;
	}

	/**
	 * Runs a block and checks what it printed; throws an {@link AssertionError} if not.
	 */
	void run(LabStep step) throws Exception {
		switch (step.kind()) {
			case RUN -> runToEnd(step);
			case BACKGROUND -> runInBackground(step);
			case COMPOSE -> checkCompose(step);
			case SETUP -> {
				// the lab test started the playground before the first lab
			}
		}
	}

	private void runToEnd(LabStep step) throws Exception {
		AtomicReference<Result> last = new AtomicReference<>();
		Duration retry = step.retry().isZero() ? Duration.ofMillis(1) : step.retry();
		try {
			await().atMost(retry.plus(step.timeout())).pollDelay(Duration.ZERO).pollInterval(RETRY_PAUSE).until(() -> {
				last.set(runOnce(step));
				return last.get().passes(step) || step.retry().isZero();
			});
		}
		catch (ConditionTimeoutException ex) {
			// reported below with the last output
		}
		Result result = last.get();
		if (result == null || !result.passes(step)) {
			throw new AssertionError(step.where() + ": " + ((result != null) ? result.problem(step) : "did not run")
					+ "\n--- command ---\n" + step.command() + "--- output ---\n"
					+ ((result != null) ? tail(result.output()) : ""));
		}
	}

	private Result runOnce(LabStep step) throws IOException, InterruptedException {
		Path output = this.outputs.resolve("step-" + (++this.runs) + ".out");
		Process process = shell(step, output).start();
		if (!process.waitFor(step.timeout().toSeconds(), TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
			return new Result(-1, RunLocal.read(output) + "\n[timed out after " + step.timeout() + "]");
		}
		return new Result(process.exitValue(), RunLocal.read(output));
	}

	private void runInBackground(LabStep step) throws IOException {
		Path output = this.outputs.resolve("background-" + (++this.runs) + ".out");
		Process process = shell(step, output).start();
		this.background.add(process);
		try {
			await().atMost(step.timeout())
				.pollInterval(Duration.ofMillis(500))
				.until(() -> new Result(step.expectedExit(), RunLocal.read(output)).passes(step));
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(step.where() + ": " + new Result(0, RunLocal.read(output)).problem(step)
					+ " within " + step.timeout() + "\n--- output ---\n" + tail(RunLocal.read(output)), ex);
		}
	}

	private void checkCompose(LabStep step) {
		Set<String> services = ComposeFile.load().services().keySet();
		for (String line : step.command().strip().split("\n")) {
			String[] words = line.replaceAll("\\s+#.*", "").trim().split("\\s+");
			for (int i = 2; i < words.length; i++) {
				if (words[i].startsWith("--scale") && i + 1 < words.length) {
					String service = words[++i].split("=")[0];
					assertService(step, services, service);
				}
				else if (COMPOSE_SERVICE_COMMANDS.contains(words[i - 1]) && !words[i].startsWith("-")) {
					assertService(step, services, words[i]);
				}
			}
		}
	}

	private static void assertService(LabStep step, Set<String> services, String service) {
		if (!services.contains(service)) {
			throw new AssertionError(step.where() + ": docker-compose.yml has no service '" + service + "'");
		}
	}

	private ProcessBuilder shell(LabStep step, Path output) {
		String command = step.command().replace(".playground/", this.playgroundHome + "/");
		// setsid: a process group of its own, as in a terminal of its own, so that
		// closing
		// stops the command and everything it started
		ProcessBuilder builder = new ProcessBuilder("setsid", "bash", "-c", command).directory(RunLocal.ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PLAYGROUND_HOME", this.playgroundHome.toString());
		return builder;
	}

	/** Stops what runs in the background, as Ctrl-C in its terminal would. */
	@Override
	public void close() throws Exception {
		for (Process process : this.background) {
			if (process.isAlive()) {
				new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).start().waitFor();
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
			}
		}
		this.background.clear();
	}

	private static String tail(String output) {
		return (output.length() > 4000) ? "…" + output.substring(output.length() - 4000) : output;
	}

	private record Result(int exit, String output) {

		boolean passes(LabStep step) {
			return problem(step) == null;
		}

		String problem(LabStep step) {
			if (this.exit != step.expectedExit()) {
				return "exit status " + this.exit + ", expected " + step.expectedExit();
			}
			for (Pattern pattern : step.expected()) {
				if (!pattern.matcher(this.output).find()) {
					return "the output does not show what the lab says: " + pattern;
				}
			}
			for (Pattern pattern : step.unexpected()) {
				if (pattern.matcher(this.output).find()) {
					return "the output shows what the lab says it must not: " + pattern;
				}
			}
			return null;
		}

	}

}
