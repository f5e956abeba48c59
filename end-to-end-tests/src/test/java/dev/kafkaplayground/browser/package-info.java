/**
 * The dashboard's page in a real browser: Debian's headless Chromium driven by Selenium
 * through Debian's chromedriver, against the whole playground. Skipped, saying why, where
 * {@code chromium} and {@code chromium-driver} are not installed.
 */
package dev.kafkaplayground.browser;
