package dev.kafkaplayground.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pictures the README and the labs show, taken on request of the playground running
 * on this machine (a learner's view of it after it has run a while):
 * {@code -Dlabs.screenshots=true} writes {@code docs/labs/images/dashboard.png} (the top
 * of the page) and one picture per panel named in {@link #PANELS};
 * {@code -Dlabs.screenshots.prefix=04-} puts a prefix before each name, for a lab's own
 * state of the page; {@code -Dlabs.screenshots.url=http://localhost:8001} takes them of
 * another dashboard (lab 9 starts one).
 */
class LabScreenshotsTests {

	static final List<String> PANELS = List.of("pipeline", "truth", "funnel");

	@Test
	void shouldWriteTheLabsScreenshotsWhenAsked() throws Exception {
		assumeTrue(Boolean.getBoolean("labs.screenshots"),
				"-Dlabs.screenshots=true writes the labs' screenshots of the playground on this machine");
		String missing = Chromium.missing();
		assumeTrue(missing == null, missing);
		String prefix = System.getProperty("labs.screenshots.prefix", "");
		Path images = Files.createDirectories(Path.of("..", "docs", "labs", "images"));
		ChromeDriver browser = Chromium.start();
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			wait.ignoring(StaleElementReferenceException.class);
			browser.get(System.getProperty("labs.screenshots.url", "http://localhost:8000"));
			wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
			wait.until((page) -> !page.findElements(By.cssSelector("#truth-body tr[data-verdict]")).isEmpty());
			wait.until((page) -> !page.findElements(By.cssSelector("#instances .instance-id")).isEmpty());
			Files.write(images.resolve(prefix + "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
			for (String panel : PANELS) {
				WebElement element = browser.findElement(By.id(panel + "-panel"));
				browser.executeScript("arguments[0].scrollIntoView()", element);
				Files.write(images.resolve(prefix + panel + ".png"), element.getScreenshotAs(OutputType.BYTES));
			}
		}
		finally {
			browser.quit();
		}
	}

}
