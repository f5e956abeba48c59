package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed command line of {@code --name value} (or {@code --name=value}) options. Every
 * problem is reported as a {@link UsageException} that names the option.
 */
final class CommandLine {

	static final String HELP = "--help";

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

	private final Map<String, String> values;

	private final boolean help;

	private CommandLine(Map<String, String> values, boolean help) {
		this.values = values;
		this.help = help;
	}

	/**
	 * Parses {@code args}, accepting only the {@code known} option names (each with a
	 * value) and {@code --help}.
	 */
	static CommandLine parse(String[] args, Set<String> known) {
		Map<String, String> values = new LinkedHashMap<>();
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals(HELP) || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("Unexpected argument '" + arg + "'");
			}
			int equals = arg.indexOf('=');
			String name = (equals > 0) ? arg.substring(0, equals) : arg;
			if (!known.contains(name)) {
				throw new UsageException("Unknown option '" + name + "'");
			}
			String value;
			if (equals > 0) {
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				throw new UsageException("Option '" + name + "' needs a value");
			}
			if (value.isBlank()) {
				throw new UsageException("Option '" + name + "' needs a value");
			}
			values.put(name, value);
		}
		return new CommandLine(values, help);
	}

	boolean helpRequested() {
		return this.help;
	}

	String text(String name, String defaultValue) {
		return this.values.getOrDefault(name, defaultValue);
	}

	int integer(String name, int defaultValue, int min, int max) {
		String value = this.values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, with the accepted range
		}
		throw new UsageException(
				"Option '" + name + "' must be a whole number from " + min + " to " + max + " but was '" + value + "'");
	}

	/**
	 * A duration such as {@code 60s}, {@code 2m} or {@code 500ms}; a plain number means
	 * seconds.
	 */
	Duration duration(String name, Duration defaultValue) {
		String value = this.values.get(name);
		if (value == null) {
			return defaultValue;
		}
		Matcher matcher = DURATION.matcher(value.trim());
		if (matcher.matches()) {
			try {
				long amount = Long.parseLong(matcher.group(1));
				String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
				Duration duration = switch (unit) {
					case "ms" -> Duration.ofMillis(amount);
					case "m" -> Duration.ofMinutes(amount);
					default -> Duration.ofSeconds(amount);
				};
				if (!duration.isZero()) {
					return duration;
				}
			}
			catch (NumberFormatException | ArithmeticException ex) {
				// reported below
			}
		}
		throw new UsageException(
				"Option '" + name + "' must be a positive duration such as 60s, 2m or 500ms but was '" + value + "'");
	}

}
