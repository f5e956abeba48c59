package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/run-local.sh}, the README's first command, started as a learner starts
 * it, with its playground home in a folder of the test's own.
 */
public final class RunLocal {

	/** The repository's root. */
	public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	/** The ports a playground listens on. */
	public static final List<Integer> PORTS = List.of(9092, 9093, 8000, 8081, 8082, 8083);

	private static final List<String> JARS = List.of("local-kafka/target/local-kafka.jar",
			"event-generator-service/target/event-generator-service-exec.jar",
			"analytics-processor-service/target/analytics-processor-service-exec.jar",
			"dashboard-service/target/dashboard-service-exec.jar");

	private RunLocal() {
	}

	/** Whether the jars are packaged ({@code ./mvnw verify}, not {@code ./mvnw test}). */
	public static boolean jarsPackaged() {
		return JARS.stream().allMatch((jar) -> Files.isRegularFile(ROOT.resolve(jar)));
	}

	/** Whether every playground port is free (no playground runs on this machine). */
	public static boolean portsFree() {
		return PORTS.stream().allMatch(RunLocal::isFree);
	}

	/**
	 * {@code run-local.sh} with these options, its output to a file, its home in
	 * {@code home}.
	 */
	public static ProcessBuilder script(Path home, Path output, String... options) {
		List<String> command = new ArrayList<>(List.of("bash", "scripts/run-local.sh"));
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PLAYGROUND_HOME", playgroundHome(home).toString());
		return builder;
	}

	/** The {@code PLAYGROUND_HOME} the script gets in this test folder. */
	public static Path playgroundHome(Path home) {
		return home.resolve("playground");
	}

	/**
	 * Ctrl-C's SIGINT where the script can receive it. A build started in the background
	 * ({@code ./mvnw verify &}, {@code setsid} in CI) hands every child SIGINT ignored;
	 * then, and where that cannot be told, SIGTERM, which run-local.sh handles the same
	 * way (as {@code run-local.sh --stop} sends it).
	 */
	public static String stopSignal(long pid) {
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
	public static boolean stop(Process script, String signal, Path home) throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-" + signal, String.valueOf(script.pid())).start().waitFor();
		if (script.waitFor(2, TimeUnit.MINUTES)) {
			return true;
		}
		script.destroyForcibly();
		Path childrenFile = childrenFile(home);
		if (Files.exists(childrenFile)) {
			childPids(childrenFile).forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		}
		return false;
	}

	/** The file where the script records the processes it started. */
	public static Path childrenFile(Path home) {
		return playgroundHome(home).resolve("run-local.children");
	}

	/**
	 * The services the script started, from its children file (the topic set-up left
	 * out).
	 */
	public static List<Long> childPids(Path childrenFile) throws IOException {
		// one line per started process: "pid name marker"
		return Files.readAllLines(childrenFile)
			.stream()
			.filter((line) -> !line.isBlank())
			.filter((line) -> !line.contains(" create-topics "))
			.map((line) -> Long.parseLong(line.split(" ")[0]))
			.toList();
	}

	/** A file's text, or nothing while it does not exist. */
	public static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("localhost", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public static boolean isListening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
