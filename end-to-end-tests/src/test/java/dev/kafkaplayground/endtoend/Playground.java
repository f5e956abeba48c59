package dev.kafkaplayground.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
 * them, on random ports, against one broker. The dashboard forwards its control panel's
 * calls to this generator. Closing it stops them in reverse order.
 */
public final class Playground implements AutoCloseable {

	private final List<ConfigurableApplicationContext> services = new ArrayList<>();

	private final String[] common;

	private final int generatorPort = freePort();

	private ConfigurableApplicationContext dashboard;

	private int dashboardPort;

	public Playground(TestKafkaBroker broker, Path stateDir) {
		this.common = new String[] { "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers() };
		startDashboard(0);
		start(AnalyticsProcessorApplication.application(), "--server.port=0",
				"--spring.kafka.streams.state-dir=" + stateDir.toAbsolutePath());
		// a flat day: the rate must not depend on the hour the tests run at
		start(EventGeneratorApplication.application(), "--server.port=" + this.generatorPort,
				"--playground.generator.events-per-second=200",
				"--playground.generator.traffic.hourly=" + "1,".repeat(23) + "1");
	}

	/** Base URL of the dashboard. */
	public String dashboardUrl() {
		return "http://localhost:" + this.dashboardPort;
	}

	/** Base URL of the event generator. */
	public String generatorUrl() {
		return "http://localhost:" + this.generatorPort;
	}

	/** Base URLs of the three services. */
	List<String> serviceUrls() {
		return this.services.stream()
			.map((service) -> "http://localhost:" + service.getEnvironment().getProperty("local.server.port"))
			.toList();
	}

	/** Stops the dashboard only; {@link #restartDashboard()} starts it again. */
	public void stopDashboard() {
		this.dashboard.close();
		this.services.remove(this.dashboard);
	}

	/** Starts the dashboard again, on the port it had. */
	public void restartDashboard() {
		startDashboard(this.dashboardPort);
	}

	private void startDashboard(int port) {
		this.dashboard = start(DashboardApplication.application(), "--server.port=" + port,
				"--playground.dashboard.generator-url=" + generatorUrl());
		this.dashboardPort = Integer.parseInt(this.dashboard.getEnvironment().getProperty("local.server.port"));
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, String... extra) {
		List<String> args = new ArrayList<>(List.of(this.common));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
		this.services.add(context);
		return context;
	}

	// the dashboard must know the generator's port before the generator starts
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).close();
		}
	}

}
