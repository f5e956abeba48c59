package dev.kafkaplayground.localkafka;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * What a command printed and returned for a command line, run as {@code main} runs it.
 *
 * @param status the exit status
 * @param out what it printed to standard output
 * @param err what it printed to standard error
 */
record CliRun(int status, String out, String err) {

	static CliRun of(Object command, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = Cli.commandLine(command);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int status = commandLine.execute(args);
		return new CliRun(status, out.toString(), err.toString());
	}

	/** Parses a command line without running the command. */
	static <C> C parsed(C command, String... args) {
		Cli.commandLine(command).parseArgs(args);
		return command;
	}

}
