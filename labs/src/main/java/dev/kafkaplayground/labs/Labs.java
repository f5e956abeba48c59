package dev.kafkaplayground.labs;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.labs.group.GroupMember;
import dev.kafkaplayground.labs.keyed.KeyedProducer;
import dev.kafkaplayground.labs.revenue.RevenuePerMinute;
import dev.kafkaplayground.labs.share.FulfilOrders;

/**
 * The lab programs as subcommands of one command line, {@code scripts/lab.sh NAME}. Exit
 * status: 0 when the program ran to its end, 1 when it failed, 2 for a bad command line.
 */
@Command(name = "scripts/lab.sh", synopsisSubcommandLabel = "NAME", descriptionHeading = "%n",
		description = { "Runs a lab program against the playground's broker (localhost:9092 unless "
				+ "--bootstrap-server says otherwise). 'scripts/lab.sh NAME --help' shows a program's options." },
		optionListHeading = "%nOptions:%n", commandListHeading = "%nPrograms:%n",
		subcommands = { KeyedProducer.class, GroupMember.class, RevenuePerMinute.class, FulfilOrders.class })
public final class Labs implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
	private boolean help;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	/** The command line {@code main} runs, with one-line answers to mistakes. */
	public static CommandLine commandLine() {
		return new CommandLine(new Labs()).setCaseInsensitiveEnumValuesAllowed(true)
			.setParameterExceptionHandler(Cli::reportMistake)
			.setExecutionExceptionHandler(Cli::reportFailure);
	}

	/** Without a program's name: the list of programs, and exit status 2. */
	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		commandLine.usage(commandLine.getErr());
		return commandLine.getCommandSpec().exitCodeOnInvalidInput();
	}

}
