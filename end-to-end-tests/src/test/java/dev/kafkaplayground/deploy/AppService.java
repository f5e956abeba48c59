package dev.kafkaplayground.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * A service built from this repository: its name in {@code docker-compose.yml}, its Maven
 * module and its own configuration file.
 */
enum AppService {

	EVENT_GENERATOR("event-generator", "event-generator-service", "event-generator.yml"),

	ANALYTICS_PROCESSOR("analytics-processor", "analytics-processor-service", "analytics-processor.yml"),

	DASHBOARD("dashboard", "dashboard-service", "dashboard.yml");

	private final String composeName;

	private final String module;

	private final String configFile;

	AppService(String composeName, String module, String configFile) {
		this.composeName = composeName;
		this.module = module;
		this.configFile = configFile;
	}

	String composeName() {
		return this.composeName;
	}

	String module() {
		return this.module;
	}

	/** The {@code server.port} of the service's own configuration file. */
	int serverPort() {
		Path file = ComposeFile.ROOT.resolve(this.module).resolve("src/main/resources").resolve(this.configFile);
		Object server = ComposeFile.readYaml(file).get("server");
		if (!(server instanceof Map<?, ?> map) || !(map.get("port") instanceof Integer port)) {
			throw new AssertionError(file + " sets no server.port");
		}
		return port;
	}

}
