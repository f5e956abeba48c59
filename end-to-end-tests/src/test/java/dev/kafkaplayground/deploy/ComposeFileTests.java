package dev.kafkaplayground.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.kafkaplayground.events.topics.TopicDefinitions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} against the local run: the same Kafka version as the build,
 * the same ports as {@code scripts/run-local.sh} and the services' own configuration, the
 * project's own topic set-up run the way {@code scripts/create-topics.sh} runs it, and a
 * processor that scales.
 */
class ComposeFileTests {

	private final ComposeFile compose = ComposeFile.load();

	@Test
	void shouldRunTheKafkaVersionTheBuildUses() {
		for (String broker : List.of("kafka", "kafka-2", "kafka-3")) {
			assertThat(this.compose.service(broker).get("image")).as("image of %s", broker)
				.isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
		}
	}

	@Test
	void shouldNameTheKafkaVersionOfTheBuildInItsDocs() throws IOException {
		for (String doc : List.of("docs/compose.md", "docs/testing.md")) {
			Matcher image = Pattern.compile("apache/kafka:([\\w.-]+)")
				.matcher(Files.readString(ComposeFile.ROOT.resolve(doc)));
			List<String> versions = image.results().map((result) -> result.group(1)).toList();
			assertThat(versions).as("apache/kafka versions in %s", doc)
				.isNotEmpty()
				.containsOnly(AppInfoParser.getVersion());
		}
	}

	@Test
	void shouldPinEveryImageToAVersion() {
		this.compose.services().forEach((name, service) -> {
			if (service.containsKey("image")) {
				assertThat(service.get("image")).as("image of %s", name)
					.asString()
					.matches("[^:]+:[\\w.-]+")
					.doesNotEndWith(":latest");
			}
		});
	}

	@Test
	void shouldPublishKafkaOnThePortOfTheLocalRunAndAdvertiseIt() throws IOException {
		int port = runLocalSetting("KAFKA_PORT");
		assertThat(this.compose.ports("kafka")).containsExactly("127.0.0.1:" + port + ":9092");
		assertThat(this.compose.environment("kafka")).containsEntry("KAFKA_ADVERTISED_LISTENERS",
				"INTERNAL://kafka:19092,HOST://localhost:" + port);
		assertThat(this.compose.environment("kafka").get("KAFKA_LISTENERS")).contains("HOST://:9092",
				"INTERNAL://:19092");
	}

	@Test
	void shouldPublishTheGeneratorAndTheDashboardOnThePortsOfTheLocalRun() throws IOException {
		assertThat(AppService.EVENT_GENERATOR.serverPort()).isEqualTo(runLocalSetting("GENERATOR_PORT"));
		assertThat(AppService.DASHBOARD.serverPort()).isEqualTo(runLocalSetting("DASHBOARD_PORT"));
		for (AppService service : List.of(AppService.EVENT_GENERATOR, AppService.DASHBOARD)) {
			int port = service.serverPort();
			assertThat(this.compose.ports(service.composeName())).as(service.composeName())
				.containsExactly("127.0.0.1:" + port + ":" + port);
		}
	}

	@ParameterizedTest
	@EnumSource(AppService.class)
	void shouldCheckEachServiceHealthOnItsOwnPort(AppService service) {
		assertThat(this.compose.healthcheck(service.composeName()))
			.contains("http://localhost:" + service.serverPort() + "/actuator/health");
		assertThat(this.compose.build(service.composeName())).containsEntry("target", "service")
			.containsEntry("args", Map.of("SERVICE", service.module()));
		assertThat(this.compose.dependsOn(service.composeName())).containsEntry("topic-setup",
				Map.of("condition", "service_completed_successfully"));
	}

	@Test
	void shouldLetTheProcessorScale() {
		Map<String, Object> processor = this.compose.service(AppService.ANALYTICS_PROCESSOR.composeName());
		assertThat(processor).doesNotContainKeys("container_name", "hostname", "volumes");
		// a free host port per replica
		assertThat(this.compose.ports("analytics-processor"))
			.containsExactly("127.0.0.1::" + AppService.ANALYTICS_PROCESSOR.serverPort());
		// each replica's id defaults to its own host name, the container id
		assertThat(this.compose.environment("analytics-processor")).doesNotContainKey("PLAYGROUND_PROCESSOR_INSTANCEID")
			.containsKey("SPRING_KAFKA_STREAMS_STATE_DIR");
		this.compose.services()
			.forEach((name, service) -> assertThat(service).as(name).doesNotContainKey("container_name"));
	}

	@Test
	void shouldCreateTheTopicsWithTheProjectsOwnTopicSetUpBeforeTheServicesStart() throws IOException {
		assertThat(this.compose.build("topic-setup")).containsEntry("target", "topic-setup");
		String createTopics = Files.readString(ComposeFile.ROOT.resolve("scripts/create-topics.sh"));
		String mainClass = entrypointMainClass("topic-setup");
		assertThat(createTopics).as("scripts/create-topics.sh runs the same class").contains(mainClass);
		String command = this.compose.command("topic-setup");
		assertThat(command).contains("--bootstrap-server=kafka:19092", "--replication-factor=1");
		// the partition counts of the local run: the set-up's defaults
		assertThat(command).doesNotContain("--partitions");
		assertThat(this.compose.dependsOn("topic-setup")).containsEntry("kafka",
				Map.of("condition", "service_healthy"));
		for (AppService service : AppService.values()) {
			assertThat(this.compose.environment(service.composeName())).as(service.composeName())
				.doesNotContainKey("PLAYGROUND_TOPICS_PARTITIONS");
		}
		assertThat(TopicDefinitions.LOCAL.partitions()).isEqualTo(TopicDefinitions.DEFAULT_PARTITIONS);
	}

	@Test
	void shouldListInItsDocsTheTopicsAndPartitionCountsTheSetUpCreates() throws IOException {
		Map<String, Integer> documented = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\| (\\d+)( \\(compacted\\))? \\|$")
			.matcher(Files.readString(ComposeFile.ROOT.resolve("docs/compose.md")));
		while (row.find()) {
			documented.put(row.group(1), Integer.parseInt(row.group(2)));
		}
		Map<String, Integer> created = new LinkedHashMap<>();
		TopicDefinitions.LOCAL.all().forEach((topic) -> created.put(topic.name(), topic.numPartitions()));
		assertThat(documented).containsExactlyEntriesOf(created);
	}

	@Test
	void shouldBuildEachServiceAsLayersRunByANonRootUser() throws IOException {
		String dockerfile = dockerfile();
		assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre AS runtime",
				"-Djarmode=tools -jar \"$service/target/$service-exec.jar\" extract --layers --launcher",
				"org.springframework.boot.loader.launch.JarLauncher");
		List<String> serviceStage = stage(dockerfile, "service");
		assertThat(serviceStage).filteredOn((line) -> line.startsWith("COPY --from=build /layers/"))
			.extracting((line) -> line.split("/")[3])
			.containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
		assertThat(serviceStage).contains("USER playground");
		assertThat(stage(dockerfile, "topic-setup")).contains("USER playground");
	}

	private String entrypointMainClass(String stageName) throws IOException {
		String entrypoint = stage(dockerfile(), stageName).stream()
			.filter((line) -> line.startsWith("ENTRYPOINT"))
			.findFirst()
			.orElseThrow();
		Matcher matcher = Pattern.compile("\"(dev\\.kafkaplayground\\.[\\w.]+)\"").matcher(entrypoint);
		assertThat(matcher.find()).as("main class in %s", entrypoint).isTrue();
		return matcher.group(1);
	}

	private static String dockerfile() throws IOException {
		return Files.readString(ComposeFile.ROOT.resolve("Dockerfile"));
	}

	/** The lines of one stage of the Dockerfile, from its FROM to the next. */
	private static List<String> stage(String dockerfile, String name) {
		String[] stages = dockerfile.split("\n(?=FROM )");
		String stage = Arrays.stream(stages)
			.filter((text) -> text.startsWith("FROM ")
					&& text.lines().findFirst().orElseThrow().endsWith(" AS " + name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Dockerfile has no stage " + name));
		return stage.lines().toList();
	}

	private static int runLocalSetting(String name) throws IOException {
		Matcher matcher = Pattern.compile("(?m)^" + name + "=(\\d+)$")
			.matcher(Files.readString(ComposeFile.ROOT.resolve("scripts/run-local.sh")));
		assertThat(matcher.find()).as("scripts/run-local.sh sets %s", name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
