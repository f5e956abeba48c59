package dev.kafkaplayground.testsupport;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules of {@link TestBrokerMode}: which broker {@link TestKafka#broker()} gives,
 * whether Testcontainers-only tests run, and the loud failure where Testcontainers is
 * required but Docker is not usable. The Docker probe is passed in, so the rules are
 * tested without Docker.
 */
final class BrokerChoice {

	private BrokerChoice() {
	}

	/**
	 * Whether the tests' broker is Testcontainers' ({@code true}) or the embedded one.
	 */
	static boolean useContainer(TestBrokerMode mode, Supplier<DockerStatus> docker) {
		return switch (mode) {
			case EMBEDDED -> false;
			case AUTO -> docker.get().available();
			case TESTCONTAINERS -> {
				requireContainer(mode, docker);
				yield true;
			}
		};
	}

	/**
	 * Fails with the property and the cause unless a Testcontainers broker may be used.
	 */
	static void requireContainer(TestBrokerMode mode, Supplier<DockerStatus> docker) {
		if (mode == TestBrokerMode.EMBEDDED) {
			throw new IllegalStateException("A test asks for the Testcontainers broker, but -D"
					+ TestBrokerMode.PROPERTY + "=embedded allows only the embedded one");
		}
		DockerStatus status = docker.get();
		if (!status.available()) {
			throw new IllegalStateException(setting(mode) + " requires a Testcontainers broker, but " + status.problem()
					+ ". Make Docker usable (Testcontainers' log lines above tell more), or run with -D"
					+ TestBrokerMode.PROPERTY + "=auto to fall back to the embedded broker.");
		}
	}

	/** Why Testcontainers-only tests are skipped, or empty when they run. */
	static Optional<String> whyContainerTestsSkip(TestBrokerMode mode, Supplier<DockerStatus> docker) {
		return switch (mode) {
			case EMBEDDED -> Optional.of(setting(mode) + ": the embedded broker only");
			// they run, and fail with the cause if Docker is not usable
			case TESTCONTAINERS -> Optional.empty();
			case AUTO -> {
				DockerStatus status = docker.get();
				yield status.available() ? Optional.empty() : Optional
					.of(status.problem() + " (-D" + TestBrokerMode.PROPERTY + "=testcontainers makes this a failure)");
			}
		};
	}

	static String setting(TestBrokerMode mode) {
		return "-D" + TestBrokerMode.PROPERTY + "=" + mode.value();
	}

}
