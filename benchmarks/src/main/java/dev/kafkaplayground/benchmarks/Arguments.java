package dev.kafkaplayground.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --name value} options of the benchmark programs. Small enough to read by
 * hand: the programs are only started by the {@code scripts/bench-*.sh} scripts.
 */
public final class Arguments {

	private final Map<String, String> values;

	private Arguments(Map<String, String> values) {
		this.values = values;
	}

	/**
	 * @param args the command line
	 * @param names the options a program knows
	 * @throws IllegalArgumentException for an unknown option or one without a value
	 */
	public static Arguments parse(String[] args, List<String> names) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!names.contains(args[i])) {
				throw new IllegalArgumentException("unknown option '" + args[i] + "'; options: " + names);
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option '" + args[i] + "' needs a value");
			}
			values.put(args[i], args[i + 1]);
		}
		return new Arguments(values);
	}

	public String required(String name) {
		return optional(name).orElseThrow(() -> new IllegalArgumentException("option '" + name + "' is required"));
	}

	public Optional<String> optional(String name) {
		return Optional.ofNullable(this.values.get(name));
	}

	/**
	 * A whole-number option, or its default when absent.
	 * @throws IllegalArgumentException if the value is not a whole number
	 */
	public long number(String name, long defaultValue) {
		String value = this.values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("option '" + name + "' must be a whole number but was '" + value + "'");
		}
	}

}
