package dev.kafkaplayground.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can use a Docker engine on this machine, and if not, why.
 *
 * @param available whether a Docker engine answers
 * @param problem why it cannot be used, as a clause ("Testcontainers cannot use Docker:
 * ..."); empty when it can
 */
record DockerStatus(boolean available, String problem) {

	static final DockerStatus AVAILABLE = new DockerStatus(true, "");

	static DockerStatus unavailable(String problem) {
		return new DockerStatus(false, problem);
	}

	/** Asks Testcontainers; its own error lines in the log tell the details. */
	static DockerStatus ofThisMachine() {
		boolean noEngineInSight = System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
				&& !Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (noEngineInSight) {
			// spare the test output Testcontainers' error-level report of a failed search
			return unavailable("there is no Docker engine in sight (DOCKER_HOST is not set, there is no"
					+ " /var/run/docker.sock and no ~/.testcontainers.properties)");
		}
		try {
			DockerClientFactory.instance().client();
			return AVAILABLE;
		}
		catch (RuntimeException ex) {
			return unavailable("Testcontainers cannot use Docker: " + ex.getMessage());
		}
	}

}
