package dev.kafkaplayground.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docker-compose.yml} as Compose reads it: anchors and merge keys resolved, and
 * {@code ${NAME:-default}} interpolated from the variables given (an env file) or else
 * their defaults, as a user who sets none gets them.
 */
public final class ComposeFile {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");

	private final Map<String, Object> root;

	private final Map<String, String> variables;

	private ComposeFile(Map<String, Object> root, Map<String, String> variables) {
		this.root = root;
		this.variables = variables;
	}

	/** The compose file as run with no variables set. */
	public static ComposeFile load() {
		return load(Map.of());
	}

	/** The compose file as run with {@code --env-file} of these variables. */
	static ComposeFile load(Map<String, String> variables) {
		return new ComposeFile(readYaml(ROOT.resolve("docker-compose.yml")), variables);
	}

	/** The variables of an env file ({@code NAME=value} lines, {@code #} comments). */
	static Map<String, String> envFile(String path) throws IOException {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : Files.readAllLines(ROOT.resolve(path))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
			}
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> readYaml(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	@SuppressWarnings("unchecked")
	public Map<String, Map<String, Object>> services() {
		return (Map<String, Map<String, Object>>) this.root.get("services");
	}

	Map<String, Object> service(String name) {
		Map<String, Object> service = services().get(name);
		if (service == null) {
			throw new AssertionError("docker-compose.yml has no service '" + name + "'");
		}
		return service;
	}

	/** A service's environment, interpolated. */
	Map<String, String> environment(String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Object declared = service(service).get("environment");
		if (declared instanceof Map<?, ?> map) {
			map.forEach((name, value) -> environment.put(String.valueOf(name), interpolate(String.valueOf(value))));
		}
		return environment;
	}

	/**
	 * A service's {@code ports}, interpolated, as written
	 * ({@code [IP:][HOST:]CONTAINER}).
	 */
	List<String> ports(String service) {
		return strings(service(service).get("ports"));
	}

	/** A service's command or a healthcheck test, interpolated, as one string. */
	String command(String service) {
		return String.join(" ", strings(service(service).get("command")));
	}

	String healthcheck(String service) {
		Object healthcheck = service(service).get("healthcheck");
		return (healthcheck instanceof Map<?, ?> map) ? String.join(" ", strings(map.get("test"))) : "";
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> build(String service) {
		return (Map<String, Object>) service(service).get("build");
	}

	@SuppressWarnings("unchecked")
	Map<String, Map<String, Object>> dependsOn(String service) {
		Object dependsOn = service(service).get("depends_on");
		return (dependsOn instanceof Map<?, ?>) ? (Map<String, Map<String, Object>>) dependsOn : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<String> profiles(String service) {
		return (List<String>) service(service).getOrDefault("profiles", List.of());
	}

	List<String> volumes(String service) {
		return strings(service(service).get("volumes"));
	}

	String interpolate(String value) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement = this.variables.getOrDefault(matcher.group(1),
					(matcher.group(2) != null) ? matcher.group(2) : "");
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString().replace("$$", "$");
	}

	private List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> strings.add(interpolate(String.valueOf(item))));
		}
		else if (value != null) {
			strings.add(interpolate(String.valueOf(value)));
		}
		return strings;
	}

}
