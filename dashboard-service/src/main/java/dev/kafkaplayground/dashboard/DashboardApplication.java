package dev.kafkaplayground.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts the dashboard on port 8000.
 */
@SpringBootApplication
public class DashboardApplication {

	/**
	 * Name of this service's configuration file ({@code dashboard.yml}). Each service has
	 * its own name so that all three can run in one JVM in the end-to-end tests.
	 */
	public static final String CONFIG_NAME = "dashboard";

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as {@link #main} starts it. */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(DashboardApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

}
