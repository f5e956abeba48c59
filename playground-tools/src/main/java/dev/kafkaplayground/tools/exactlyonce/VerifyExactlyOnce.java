package dev.kafkaplayground.tools.exactlyonce;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.apache.kafka.common.KafkaException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify-exactly-once}: reads both topics, compares every closed minute and prints
 * the table. Exit code 0 when something was compared and nothing differs unexplained, 1
 * when something differs, 3 when there is nothing to compare yet or the topics cannot be
 * read, 2 for a wrong command line.
 */
@Command(name = "verify-exactly-once", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Compares the analytics processor's final windows (analytics.metrics) with the generator's "
						+ "ground truth (generator.truth), minute by minute, and prints a table.",
				"Both topics are read to their end with isolation.level=read_committed." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every compared minute matches (or differs only by late drops)",
				"1:a difference late drops do not explain", "2:wrong command line",
				"3:nothing to compare yet, or the topics could not be read" })
public final class VerifyExactlyOnce implements Callable<Integer> {

	static final int DIFFERENT = 1;

	static final int NOTHING_COMPARED = 3;

	/** Records older than the minutes asked for are still read for the late drops. */
	private static final Duration LOOK_BACK_MARGIN = Duration.ofMinutes(5);

	@Spec
	private CommandSpec spec;

	@Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
			description = "the Kafka broker (default: ${DEFAULT-VALUE})")
	private String bootstrapServer;

	@Option(names = "--minutes", paramLabel = "N",
			description = "compare only the last N closed minutes (default: all the topics hold)")
	private Integer minutes;

	@Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
			description = "how long reading the topics may take (default: ${DEFAULT-VALUE})")
	private int timeoutSeconds;

	public static void main(String[] args) {
		System.exit(new CommandLine(new VerifyExactlyOnce()).execute(args));
	}

	@Override
	public Integer call() {
		if (this.minutes != null && this.minutes < 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--minutes must be 1 or more but was " + this.minutes);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		Instant since = (this.minutes != null)
				? Instant.now().minus(Duration.ofMinutes(this.minutes)).minus(LOOK_BACK_MARGIN) : null;
		FinalRecords records;
		try {
			records = new FinalRecordsReader(this.bootstrapServer).read(since, Duration.ofSeconds(this.timeoutSeconds));
		}
		catch (IllegalStateException | KafkaException ex) {
			this.spec.commandLine().getErr().println("Error: " + ex.getMessage());
			return NOTHING_COMPARED;
		}
		ComparisonReport report = new ExactlyOnceComparison().compare(records,
				(this.minutes != null) ? this.minutes : 0);
		ReportTable.print(report, out);
		if (report.minutes().isEmpty()) {
			return NOTHING_COMPARED;
		}
		return report.passed() ? 0 : DIFFERENT;
	}

}
