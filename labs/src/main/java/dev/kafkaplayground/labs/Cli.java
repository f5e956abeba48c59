package dev.kafkaplayground.labs;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the lab programs meet picocli, as local-kafka's commands do: a command line they
 * cannot run with is answered with one line naming the option, picocli's suggestions for
 * a mistyped one and a pointer to {@code --help} (exit status 2), not the whole usage
 * text; a program that fails says why in one line (exit status 1), its stack trace in the
 * debug log only.
 */
final class Cli {

	private static final Logger logger = LoggerFactory.getLogger(Cli.class);

	private Cli() {
	}

	static int reportMistake(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(command.getCommandName() + ": " + ex.getMessage());
		UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Run " + command.getCommandSpec().qualifiedName() + " --help to see the options.");
		err.flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	static int reportFailure(Exception ex, CommandLine command, ParseResult parsed) {
		logger.debug("{} failed", command.getCommandName(), ex);
		Throwable cause = (ex instanceof ExecutionException && ex.getCause() != null) ? ex.getCause() : ex;
		command.getErr()
			.println(command.getCommandName() + ": "
					+ ((cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName()));
		command.getErr().flush();
		return command.getCommandSpec().exitCodeOnExecutionException();
	}

}
