package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class started in a JVM of its own, with this test JVM's class path (what the
 * build just compiled, so it works in {@code ./mvnw test} as well as after packaging),
 * its output in a log file.
 */
final class JavaProcess {

	private JavaProcess() {
	}

	static Process start(Path log, List<String> jvmOptions, Class<?> mainClass, List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(args);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** The log, for an assertion's message. */
	static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no log " + log + ": " + ex + ")";
		}
	}

	/** A local port nothing listens on now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
