package dev.kafkaplayground.processor;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The processor settings exactly as the application binds them when nothing is set. */
public final class TestProperties {

	private TestProperties() {
	}

	public static ProcessorProperties defaults() {
		return new Binder(new MapConfigurationPropertySource()).bindOrCreate("playground.processor",
				ProcessorProperties.class);
	}

}
