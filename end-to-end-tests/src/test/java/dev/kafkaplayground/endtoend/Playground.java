package dev.kafkaplayground.endtoend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.kafkaplayground.dashboard.DashboardApplication;
import dev.kafkaplayground.generator.EventGeneratorApplication;
import dev.kafkaplayground.processor.AnalyticsProcessorApplication;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

/**
 * The three services started in this JVM exactly as their {@code main} methods start
 * them, on random ports, against one broker. Closing it stops them in reverse order.
 */
final class Playground implements AutoCloseable {

	private final List<ConfigurableApplicationContext> services = new ArrayList<>();

	private final ConfigurableApplicationContext dashboard;

	Playground(TestKafkaBroker broker, Path stateDir) {
		String[] common = { "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--server.port=0" };
		this.dashboard = start(DashboardApplication.application(), common);
		start(AnalyticsProcessorApplication.application(), common,
				"--spring.kafka.streams.state-dir=" + stateDir.toAbsolutePath());
		// a flat day: the rate must not depend on the hour the tests run at
		start(EventGeneratorApplication.application(), common, "--playground.generator.events-per-second=200",
				"--playground.generator.traffic.hourly=" + "1,".repeat(23) + "1");
	}

	/** Base URL of the dashboard. */
	String dashboardUrl() {
		return "http://localhost:" + this.dashboard.getEnvironment().getProperty("local.server.port");
	}

	/** Base URLs of the three services. */
	List<String> serviceUrls() {
		return this.services.stream()
			.map((service) -> "http://localhost:" + service.getEnvironment().getProperty("local.server.port"))
			.toList();
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, String[] common, String... extra) {
		List<String> args = new ArrayList<>(List.of(common));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
		this.services.add(context);
		return context;
	}

	@Override
	public void close() {
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).close();
		}
	}

}
