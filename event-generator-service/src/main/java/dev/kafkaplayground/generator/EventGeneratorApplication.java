package dev.kafkaplayground.generator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EventGeneratorApplication {

	/**
	 * Name of this service's configuration file ({@code event-generator.yml}). Each
	 * service has its own name so that all three can run in one JVM in the end-to-end
	 * tests.
	 */
	public static final String CONFIG_NAME = "event-generator";

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as {@link #main} starts it. */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(EventGeneratorApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
