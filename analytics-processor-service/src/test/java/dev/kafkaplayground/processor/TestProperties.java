package dev.kafkaplayground.processor;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The processor settings exactly as the application binds them when nothing is set. */
public final class TestProperties {

	private TestProperties() {
	}

	public static ProcessorProperties defaults() {
		return with(Map.of());
	}

	/**
	 * The settings as the application binds them from these properties, e.g.
	 * {@code Map.of("playground.processor.hot-sessions", "1KB")}.
	 */
	public static ProcessorProperties with(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("playground.processor",
				ProcessorProperties.class);
	}

}
