package dev.kafkaplayground.processor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the analytics processor. */
@SpringBootApplication
public class AnalyticsProcessorApplication {

	/**
	 * Name of this service's configuration file ({@code analytics-processor.yml}). Each
	 * service has its own name so that all three can run in one JVM in the end-to-end
	 * tests.
	 */
	public static final String CONFIG_NAME = "analytics-processor";

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as {@link #main} starts it. */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(AnalyticsProcessorApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
