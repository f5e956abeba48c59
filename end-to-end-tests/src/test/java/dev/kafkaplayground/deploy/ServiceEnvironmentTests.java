package dev.kafkaplayground.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable {@code docker-compose.yml} gives a service is one Spring
 * Boot binds to a property the service has: Boot's own (from its configuration metadata)
 * or one of the playground's {@code @ConfigurationProperties}. A misspelt variable would
 * otherwise be ignored without a word.
 */
class ServiceEnvironmentTests {

	/** Read by the JVM itself, not by Spring Boot. */
	private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

	private static final List<String> KNOWN_PROPERTIES = knownProperties();

	@ParameterizedTest
	@EnumSource(AppService.class)
	void shouldGiveEachServiceOnlyVariablesThatSpringBootBinds(AppService service) {
		Map<String, String> environment = ComposeFile.load().environment(service.composeName());
		assertThat(environment).containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
		environment.forEach((name, value) -> {
			if (!JVM_VARIABLES.contains(name)) {
				assertThat(boundProperty(name, value))
					.as("the property %s=%s of %s binds to", name, value, service.composeName())
					.isNotEmpty();
			}
		});
	}

	private static List<String> boundProperty(String variable, String value) {
		ConfigurationPropertySource source = ConfigurationPropertySource
			.from(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(variable, value)));
		return KNOWN_PROPERTIES.stream().map(ConfigurationPropertyName::of).filter((name) -> {
			var property = source.getConfigurationProperty(name);
			return property != null && value.equals(String.valueOf(property.getValue()));
		}).map(ConfigurationPropertyName::toString).toList();
	}

	private static List<String> knownProperties() {
		List<String> names = new ArrayList<>();
		try {
			for (URL url : Collections.list(ServiceEnvironmentTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = url.openStream()) {
					JsonNode properties = JsonMapper.builder().build().readTree(in).path("properties");
					properties.forEach((property) -> names.add(property.path("name").asString()));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		names.addAll(playgroundProperties());
		return names;
	}

	/**
	 * The properties of the playground's own {@code @ConfigurationProperties} records.
	 */
	private static Set<String> playgroundProperties() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.kafkaplayground")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			if (type.isRecord()) {
				addComponents(prefix, type, names);
			}
		}
		return names;
	}

	private static void addComponents(String prefix, Class<?> record, Set<String> names) {
		for (RecordComponent component : record.getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
			if (component.getType().isRecord()) {
				addComponents(name, component.getType(), names);
			}
			else {
				names.add(name);
			}
		}
	}

}
