package dev.kafkaplayground.localkafka;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the module's two commands meet picocli: a command line they cannot run with is
 * answered with one line naming the option, picocli's suggestions for a mistyped option
 * and a pointer to {@code --help} (exit status 2), rather than the whole usage text.
 */
final class Cli {

	private Cli() {
	}

	/** Runs a picocli command and returns its exit status. */
	static int execute(Object command, String... args) {
		return commandLine(command).execute(args);
	}

	static CommandLine commandLine(Object command) {
		return new CommandLine(command).setParameterExceptionHandler(Cli::reportMistake);
	}

	/** {@code value}, unless it lies outside {@code min..max}. */
	static int inRange(CommandSpec spec, String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw new ParameterException(spec.commandLine(), "Option '" + option + "' must be a whole number from "
					+ min + " to " + max + " but was '" + value + "'");
		}
		return value;
	}

	/** {@code value}, unless it is blank ({@code --host=}). */
	static String text(CommandSpec spec, String option, String value) {
		if (value.isBlank()) {
			throw new ParameterException(spec.commandLine(), "Option '" + option + "' needs a value");
		}
		return value;
	}

	private static int reportMistake(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(command.getCommandName() + ": " + ex.getMessage());
		UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Run " + command.getCommandName() + " --help to see the options.");
		err.flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

}
