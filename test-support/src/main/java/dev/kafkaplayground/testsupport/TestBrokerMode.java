package dev.kafkaplayground.testsupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which kind of broker the tests may use, chosen with the system property
 * {@value #PROPERTY} ({@code ./mvnw verify -Dplayground.test-broker=testcontainers}).
 */
public enum TestBrokerMode {

	/** Testcontainers where a Docker engine answers, the embedded broker otherwise. */
	AUTO,

	/**
	 * Testcontainers only: a run without a usable Docker engine, or whose container does
	 * not start, fails instead of falling back or skipping.
	 */
	TESTCONTAINERS,

	/** The embedded broker only; Testcontainers-only tests are skipped. */
	EMBEDDED;

	public static final String PROPERTY = "playground.test-broker";

	/** The mode the system property asks for; {@link #AUTO} when it is not set. */
	public static TestBrokerMode current() {
		return of(System.getProperty(PROPERTY));
	}

	static TestBrokerMode of(String value) {
		if (value == null) {
			return AUTO;
		}
		return Arrays.stream(values())
			.filter((mode) -> mode.value().equals(value.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("System property " + PROPERTY + " must be one of "
					+ Arrays.stream(values()).map(TestBrokerMode::value).collect(Collectors.joining(", "))
					+ " but was '" + value + "'"));
	}

	/** The property's value for this mode. */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
