package dev.kafkaplayground.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.endtoend.Playground;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.testsupport.EmbeddedKraftBroker;
import dev.kafkaplayground.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard's page in headless Chromium against the whole playground (one for the
 * class): it loads without a console error (a Content-Security-Policy violation is one),
 * fills its charts and its pipeline panel from the live event stream, its control panel
 * reaches the generator, markup in the data stays text, a minute a replay rebuilt is
 * marked so, and it reconnects by itself after the dashboard restarts. Every wait is
 * generous; nothing is timed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageTests {

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private EmbeddedKraftBroker broker;

	private Playground playground;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startPlaygroundAndBrowser(@TempDir Path stateDir) {
		String missing = Chromium.missing();
		assumeTrue(missing == null, missing);
		// A broker of its own, so that this playground's events never reach the
		// windows of the next class.
		this.broker = TestKafka.ownBroker();
		this.playground = new Playground(this.broker, stateDir);
		this.browser = Chromium.start();
		this.wait = new WebDriverWait(this.browser, PATIENCE);
		// panels render again on every update
		this.wait.ignoring(StaleElementReferenceException.class);
		this.browser.get(this.playground.dashboardUrl());
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.playground != null) {
			this.playground.close();
		}
		if (this.broker != null) {
			this.broker.close();
		}
	}

	@Test
	@Order(1)
	void shouldFillTheChartsFromTheLiveStreamWithoutAConsoleError() {
		this.wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
		for (String chart : List.of("revenue-chart", "events-chart", "cart-chart", "search-chart")) {
			this.wait.until((browser) -> points(chart) > 0);
			assertThat(this.browser.findElements(By.cssSelector("#" + chart + " .uplot canvas"))).isNotEmpty();
		}
		this.wait.until((browser) -> !text("[data-figure='events-current'] .figure-value").equals("–"));
		this.wait
			.until((browser) -> !this.browser.findElements(By.cssSelector("#truth-body tr[data-verdict]")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#funnel [data-stage]"))).hasSize(4);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("freshness"), "data-state", "fresh"));
		assertThat(Chromium.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	@Order(2)
	void shouldListTheProcessorInstancesAndThePartitionsTheyOwn() throws Exception {
		this.wait.until((browser) -> !texts("#instances .instance-id").isEmpty());
		String instanceId = texts("#instances .instance-id").get(0);
		JsonNode pipeline = EventJson.mapper().readTree(get(this.playground.dashboardUrl() + "/api/pipeline"));
		assertThat(pipeline.path("instances").findValuesAsString("instanceId")).contains(instanceId);
		// once the dashboard has polled the cluster: every partition of an input
		// topic, with the instance that owns it
		String purchases = "#topics-body tr[data-topic='store.purchases'] .chip";
		this.wait.until((browser) -> texts(purchases).size() == TestKafka.PARTITIONS
				&& texts(purchases).stream().allMatch((chip) -> chip.endsWith(" · " + instanceId)));
		assertThat(texts("#topics-body tr[data-topic='analytics.metrics'] .chip")).hasSize(TestKafka.PARTITIONS);
		this.wait.until((browser) -> texts("#instances .instance .partitions").stream()
			.anyMatch((partitions) -> partitions.contains("store.purchases")));
		// the timeline: as many entries as /api/pipeline has (none if the processor
		// joined before the dashboard's first poll, which is the timeline's baseline)
		this.wait.until((browser) -> texts("#rebalances .timeline-item").size() == rebalancesOnTheApi());
	}

	private int rebalancesOnTheApi() {
		try {
			return EventJson.mapper()
				.readTree(get(this.playground.dashboardUrl() + "/api/pipeline"))
				.path("rebalances")
				.size();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	@Order(3)
	void shouldSendAControlChangeToTheGenerator() throws Exception {
		this.wait
			.until((browser) -> new Select(this.browser.findElement(By.id("scenario-name"))).getOptions().size() > 1);
		new Select(this.browser.findElement(By.id("scenario-name"))).selectByValue("flash-sale");
		this.browser.findElement(By.cssSelector("#control-scenario button[type='submit']")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("control-status"), "data-scenario", "flash-sale"));
		assertThat(EventJson.mapper()
			.readTree(get(this.playground.generatorUrl() + "/api/generator"))
			.path("scenario")
			.asString()).isEqualTo("flash-sale");
	}

	@Test
	@Order(4)
	void shouldShowMarkupInTheDataAsText() {
		try (HostileRecords hostile = new HostileRecords(this.broker.bootstrapServers())) {
			hostile.sendWindowWithHostileGameIds();
			this.browser.findElement(By.cssSelector("#range [data-range='60']")).click();
			this.wait.until((browser) -> rankingTexts().contains(HostileRecords.IMAGE));
			assertThat(rankingTexts()).contains(HostileRecords.SCRIPT);
			// were the markup parsed, the page would have an img with src x (even if the
			// policy stopped its handler) or a script of ours
			this.wait.until((browser) -> {
				hostile.reportHostileInstance(); // again and again: it must stay listed
				return texts("#instances .instance-id").contains(HostileRecords.IMAGE);
			});
			assertThat(this.browser.findElements(By.cssSelector("img"))).isEmpty();
			assertThat(this.browser.findElements(By.xpath("//script[contains(., 'xss')]"))).isEmpty();
			assertThat(this.browser.findElement(By.tagName("body")).getDomAttribute("data-xss")).isNull();
			hostile.removeHostileInstance();
		}
		assertThat(Chromium.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	@Order(5)
	void shouldMarkAMinuteThatAReplayRebuiltAndShowTheReplaysFigures() {
		try (ReplayedWindow replay = new ReplayedWindow(this.broker.bootstrapServers())) {
			String row = "#truth-body tr[data-minute='" + EventTime.format(replay.sendFinalThenItsReplay()) + "']";
			this.wait.until((browser) -> texts(row + " .badge.rebuilt").equals(List.of("rebuilt")));
			assertThat(texts(row + " td").get(0)).isEqualTo(Long.toString(ReplayedWindow.REPLAYED_VIEWS));
		}
		assertThat(Chromium.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	@Order(6)
	void shouldReconnectAfterTheDashboardRestarts() {
		this.wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
		this.playground.stopDashboard();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "reconnecting"));
		assertThat(text("#connection-text")).isEqualTo("Reconnecting…");
		this.playground.restartDashboard();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
		assertThat(text("#connection-text")).isEqualTo("Live");
		this.wait.until((browser) -> points("revenue-chart") > 0);
	}

	private List<String> rankingTexts() {
		return texts("#trending-viewed .ranking-title");
	}

	/**
	 * The text of every element the selector finds, read at once (the page re-renders).
	 */
	@SuppressWarnings("unchecked")
	private List<String> texts(String css) {
		return (List<String>) this.browser
			.executeScript("return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);", css);
	}

	private int points(String chart) {
		String points = this.browser.findElement(By.id(chart)).getDomAttribute("data-points");
		return (points != null) ? Integer.parseInt(points) : 0;
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private static String get(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
		return response.body();
	}

}
