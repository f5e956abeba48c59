package dev.kafkaplayground.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium and its chromedriver, at the paths the {@code chromium} and
 * {@code chromium-driver} packages install them: Selenium is pointed at both, so it
 * downloads nothing.
 */
final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Why the browser tests cannot run here, or null if they can. */
	static String missing() {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			return "The browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
					+ "): apt-get install -y chromium chromium-driver";
		}
		return null;
	}

	/** A headless browser that keeps its console messages for {@link #consoleErrors}. */
	static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,1000");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * The console errors since the last call (a Content-Security-Policy violation is
	 * one), as text.
	 */
	static List<String> consoleErrors(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

}
