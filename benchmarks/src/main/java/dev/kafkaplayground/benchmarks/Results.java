package dev.kafkaplayground.benchmarks;

/**
 * The result lines of a benchmark program, {@code name=value}, on stdout: the script that
 * started the program reads them and prints its results; everything else goes to the log
 * (stderr).
 */
public final class Results {

	private Results() {
	}

	public static void print(String name, Object value) {
		System.out.println(name + "=" + value);
	}

}
