package dev.kafkaplayground.deploy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code observability} profile's files under {@code deploy/}: Prometheus scrapes
 * every service (each processor replica on its own), Grafana's provisioned dashboard uses
 * the provisioned data source. Whether the dashboard's meters exist is checked against
 * the running services in {@code PipelineScenarios}.
 */
class ObservabilityTests {

	private final ComposeFile compose = ComposeFile.load();

	private final Map<String, Object> prometheus = ComposeFile
		.readYaml(ComposeFile.ROOT.resolve("deploy/prometheus/prometheus.yml"));

	@ParameterizedTest
	@EnumSource(AppService.class)
	@SuppressWarnings("unchecked")
	void shouldScrapeEveryServiceOnItsActuatorEndpoint(AppService service) {
		Map<String, Object> job = scrapeJob(service.composeName());
		assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
		String target = service.composeName() + ":" + service.serverPort();
		if (service == AppService.ANALYTICS_PROCESSOR) {
			// every replica, found by the service name in Docker's DNS
			assertThat((List<Map<String, Object>>) job.get("dns_sd_configs")).singleElement()
				.satisfies((dns) -> assertThat(dns).containsEntry("names", List.of(service.composeName()))
					.containsEntry("type", "A")
					.containsEntry("port", service.serverPort()));
		}
		else {
			assertThat((List<Map<String, Object>>) job.get("static_configs")).singleElement()
				.satisfies((config) -> assertThat(config).containsEntry("targets", List.of(target)));
		}
	}

	@Test
	void shouldMountTheConfigurationWhereThePrometheusCommandReadsIt() {
		assertThat(this.compose.profiles("prometheus")).containsExactly("observability");
		assertThat(this.compose.volumes("prometheus"))
			.contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
		assertThat(this.compose.command("prometheus")).contains("--config.file=/etc/prometheus/prometheus.yml");
		assertThat(this.compose.ports("prometheus")).containsExactly("127.0.0.1:9090:9090");
	}

	@Test
	void shouldQueryTheProvisionedDataSourceFromEveryPanel() {
		Map<String, Object> dataSource = firstProvisioned("datasources/prometheus.yml", "datasources");
		assertThat(dataSource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
		GrafanaDashboard dashboard = GrafanaDashboard.load();
		assertThat(dashboard.dataSourceUids()).containsExactly((String) dataSource.get("uid"));
		assertThat(dashboard.panels()).hasSizeGreaterThanOrEqualTo(6);
		for (JsonNode panel : dashboard.panels()) {
			assertThat(panel.path("targets").isEmpty()).as("panel %s has queries", panel.path("title")).isFalse();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldProvisionTheDashboardFromTheFolderComposeMounts() {
		Map<String, Object> provider = firstProvisioned("dashboards/playground.yml", "providers");
		String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
		assertThat(this.compose.volumes("grafana")).contains("./deploy/grafana/dashboards:" + path + ":ro",
				"./deploy/grafana/provisioning:/etc/grafana/provisioning:ro");
		assertThat(this.compose.environment("grafana")).containsEntry("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH",
				path + "/" + GrafanaDashboard.FILE.getFileName());
		assertThat(this.compose.ports("grafana")).containsExactly("127.0.0.1:3000:3000");
	}

	@Test
	void shouldChartEventRatesSendErrorsStreamsRateAndLagDeadLettersLateEventsAndHeap() {
		assertThat(GrafanaDashboard.load().meterNames()).contains("playground_generator_events_acknowledged_total",
				"playground_generator_events_failed_total", "kafka_stream_thread_process_rate",
				"kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_analytics_records_rejected_total",
				"kafka_stream_analytics_late_records_dropped_total", "jvm_memory_used_bytes");
	}

	/** The first entry of a list in a Grafana provisioning file. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstProvisioned(String file, String list) {
		Map<String, Object> provisioning = ComposeFile
			.readYaml(ComposeFile.ROOT.resolve("deploy/grafana/provisioning").resolve(file));
		return ((List<Map<String, Object>>) provisioning.get(list)).get(0);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> scrapeJob(String name) {
		return ((List<Map<String, Object>>) this.prometheus.get("scrape_configs")).stream()
			.filter((job) -> name.equals(job.get("job_name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("deploy/prometheus/prometheus.yml has no job " + name));
	}

}
