package dev.kafkaplayground.labs;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * What {@code scripts/lab.sh} printed and returned for a command line, run as
 * {@code main} runs it.
 *
 * @param status the exit status
 * @param out what it printed to standard output
 * @param err what it printed to standard error
 */
public record CliRun(int status, String out, String err) {

	public static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = Labs.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int status = commandLine.execute(args);
		return new CliRun(status, out.toString(), err.toString());
	}

}
