package dev.kafkaplayground.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code cluster} profile (three brokers, with {@code deploy/cluster.env}) and the
 * file as Compose itself reads it, where the {@code docker-compose} command exists.
 */
class ComposeProfilesTests {

	private static final List<String> BROKERS = List.of("kafka", "kafka-2", "kafka-3");

	@Test
	void shouldMakeTheThreeBrokersOneClusterWithThreeReplicasTwoInSync() throws IOException {
		ComposeFile compose = ComposeFile.load(ComposeFile.envFile("deploy/cluster.env"));
		assertThat(compose.profiles("kafka")).isEmpty();
		assertThat(compose.profiles("kafka-2")).containsExactly("cluster");
		assertThat(compose.profiles("kafka-3")).containsExactly("cluster");
		List<String> voters = new ArrayList<>();
		List<String> internalListeners = new ArrayList<>();
		for (String broker : BROKERS) {
			Map<String, String> environment = compose.environment(broker);
			voters.add(environment.get("KAFKA_NODE_ID") + "@" + broker + ":29093");
			internalListeners.add(broker + ":19092");
			assertThat(environment)
				.containsEntry("KAFKA_ADVERTISED_LISTENERS",
						"INTERNAL://" + broker + ":19092,HOST://localhost:" + hostPort(compose, broker))
				.containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
				.containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
			assertThat(compose.healthcheck(broker)).contains("-ge \"3\"");
		}
		for (String broker : BROKERS) {
			assertThat(compose.environment(broker).get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
				.isEqualTo(String.join(",", voters));
		}
		String bootstrap = String.join(",", internalListeners);
		assertThat(compose.command("topic-setup")).contains("--bootstrap-server=" + bootstrap,
				"--replication-factor=3");
		assertThat(compose.environment("kafka-ui")).containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", bootstrap);
		for (AppService service : AppService.values()) {
			assertThat(compose.environment(service.composeName())).as(service.composeName())
				.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrap)
				.containsEntry("PLAYGROUND_TOPICS_REPLICATIONFACTOR", "3");
		}
	}

	@Test
	void shouldRunOneBrokerWithoutTheClusterSettings() {
		ComposeFile compose = ComposeFile.load();
		Map<String, String> kafka = compose.environment("kafka");
		assertThat(kafka).containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:29093")
			.containsEntry("KAFKA_NODE_ID", "1")
			.containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
			.containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
			.containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
			.containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
		assertThat(compose.volumes("kafka")).containsExactly("kafka-data:/var/lib/kafka/data");
		assertThat(compose.environment("event-generator")).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS",
				"kafka:19092");
	}

	@Test
	void shouldBeAValidComposeFileForDockerCompose() throws Exception {
		Optional<Path> dockerCompose = onPath("docker-compose");
		Assumptions.assumeTrue(dockerCompose.isPresent(),
				"docker-compose is not installed: skipping 'docker-compose config -q' (the YAML checks still ran)");
		assertThat(config(dockerCompose.get())).as("docker-compose config -q").isEmpty();
		assertThat(config(dockerCompose.get(), "--env-file", "deploy/cluster.env", "--profile", "cluster", "--profile",
				"observability"))
			.as("docker-compose with the cluster and observability profiles")
			.isEmpty();
	}

	private static int hostPort(ComposeFile compose, String broker) {
		String published = compose.ports(broker).get(0);
		String[] parts = published.split(":");
		return Integer.parseInt(parts[parts.length - 2]);
	}

	/** What {@code docker-compose config -q} reports: nothing when the file is valid. */
	private static String config(Path dockerCompose, String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of(dockerCompose.toString(), "-f", "docker-compose.yml"));
		command.addAll(Arrays.asList(options));
		command.addAll(List.of("config", "-q"));
		Path output = Files.createTempFile("docker-compose-config", ".txt");
		try {
			Process process = new ProcessBuilder(command).directory(ComposeFile.ROOT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
			String report = Files.readString(output, StandardCharsets.UTF_8).strip();
			return (process.exitValue() == 0) ? report : "exit " + process.exitValue() + ": " + report;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static Optional<Path> onPath(String command) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, command))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
