package dev.kafkaplayground.dashboard.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.kafkaplayground.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page as the dashboard serves it: offline (every module and the chart library from
 * this origin, the modules it imports included), without inline scripts, styles or
 * handlers, with the security headers on every response, and an actuator that shows only
 * health, info and prometheus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
@AutoConfigureWebTestClient
class PageTests {

	private static final Pattern IMPORT = Pattern.compile("^import .*? from '([^']+)';", Pattern.MULTILINE);

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		TestKafka.register(registry, TestKafka.broker());
	}

	@Test
	void shouldServeThePageAtTheRootWithoutInlineCodeOrOtherOrigins() {
		String html = get("/", MediaType.TEXT_HTML);
		assertThat(html).contains("<script type=\"module\" src=\"js/main.js\"></script>")
			.contains("href=\"webjars/uplot/dist/uPlot.min.css\"")
			.doesNotContain("http://")
			.doesNotContain("https://")
			.doesNotContain("style=")
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)")
			.doesNotContainPattern("\\son[a-z]+=");
		assertThat(get("/webjars/uplot/dist/uPlot.min.css", MediaType.ALL)).contains(".uplot");
		assertThat(get("/app.css", MediaType.ALL)).isNotEmpty();
	}

	@Test
	void shouldServeEveryModuleThePageImportsTheChartLibraryIncluded() {
		Set<String> served = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(Set.of("/js/main.js"));
		while (!pending.isEmpty()) {
			String path = pending.pop();
			if (served.add(path)) {
				String module = this.client.get()
					.uri(path)
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.contentTypeCompatibleWith("text/javascript")
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(module).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
				Matcher imports = IMPORT.matcher(module);
				while (imports.find()) {
					pending.push(resolve(path, imports.group(1)));
				}
			}
		}
		assertThat(served).contains("/js/store.js", "/js/connection.js", "/js/panels/pipeline.js",
				"/webjars/uplot/dist/uPlot.esm.js");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/js/main.js", "/api/catalog", "/api/windows", "/actuator/health" })
	void shouldSendTheSecurityHeaders(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval")
			.contains("script-src 'self'")
			.contains("style-src 'self'");
	}

	@Test
	void shouldExposeOnlyHealthInfoAndPrometheusOnTheActuator() {
		String links = get("/actuator", MediaType.APPLICATION_JSON);
		JsonNode json = JsonMapper.builder().build().readTree(links).path("_links");
		Set<String> exposed = new LinkedHashSet<>();
		json.propertyNames().forEach(exposed::add);
		exposed.removeIf((name) -> name.equals("self") || name.startsWith("health"));
		assertThat(exposed).containsExactlyInAnyOrder("info", "prometheus");
		for (String hidden : new String[] { "env", "beans", "configprops", "loggers", "heapdump", "threaddump",
				"metrics", "mappings" }) {
			this.client.get().uri("/actuator/" + hidden).exchange().expectStatus().isNotFound();
		}
	}

	private String get(String path, MediaType accept) {
		return this.client.get()
			.uri(path)
			.accept(accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** An import's path relative to the importing module, as the browser resolves it. */
	private static String resolve(String from, String relative) {
		return java.net.URI.create("http://page" + from).resolve(relative).getPath();
	}

}
