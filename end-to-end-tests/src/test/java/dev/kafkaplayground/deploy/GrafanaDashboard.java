package dev.kafkaplayground.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provisioned Grafana dashboard ({@code deploy/grafana/dashboards/playground.json}):
 * its panels' data sources and the meters their queries read.
 */
public final class GrafanaDashboard {

	public static final Path FILE = ComposeFile.ROOT.resolve("deploy/grafana/dashboards/playground.json");

	// meter names start with the prefix of their registry: the playground's own, Kafka's,
	// the JVM's
	private static final Pattern METER = Pattern.compile("\\b(?:playground|dashboard|kafka|jvm|spring)_[a-z0-9_]+");

	private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");

	private final JsonNode root;

	private GrafanaDashboard(JsonNode root) {
		this.root = root;
	}

	public static GrafanaDashboard load() {
		return new GrafanaDashboard(JsonMapper.builder().build().readTree(FILE.toFile()));
	}

	JsonNode root() {
		return this.root;
	}

	List<JsonNode> panels() {
		List<JsonNode> panels = new ArrayList<>();
		this.root.path("panels").forEach(panels::add);
		return panels;
	}

	/** The data source uids of every panel and every query. */
	Set<String> dataSourceUids() {
		Set<String> uids = new TreeSet<>();
		for (JsonNode panel : panels()) {
			uids.add(panel.path("datasource").path("uid").asString());
			panel.path("targets").forEach((target) -> uids.add(target.path("datasource").path("uid").asString()));
		}
		return uids;
	}

	/** Every query of every panel. */
	List<String> queries() {
		List<String> queries = new ArrayList<>();
		panels()
			.forEach((panel) -> panel.path("targets").forEach((target) -> queries.add(target.path("expr").asString())));
		return queries;
	}

	/** The meter names the panels query, as {@code /actuator/prometheus} names them. */
	public Set<String> meterNames() {
		Set<String> names = new TreeSet<>();
		for (String query : queries()) {
			Matcher matcher = METER.matcher(LABEL_MATCHERS.matcher(query).replaceAll(""));
			while (matcher.find()) {
				names.add(matcher.group());
			}
		}
		return names;
	}

}
