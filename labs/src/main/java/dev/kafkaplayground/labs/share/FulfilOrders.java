package dev.kafkaplayground.labs.share;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.labs.CommonOptions;
import dev.kafkaplayground.labs.DurationOption;
import dev.kafkaplayground.labs.group.Limits;

/**
 * {@code fulfil-orders}: one order-fulfilment worker of a share group, printing how it
 * acknowledges each delivery. Teaches Kafka as a queue: more workers than partitions all
 * get orders, a failed order comes back with a higher delivery count, to any worker, and
 * an order that keeps failing is rejected rather than blocking the others behind it.
 */
@Command(name = "fulfil-orders", sortOptions = false, descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		header = "Fulfils orders as one worker of a share group (Kafka as a queue).",
		description = { "Joins a share group (KIP-932) and prints one line per order delivered to it: ACCEPT when "
				+ "fulfilled, RELEASE after a failure (the broker delivers the order again, to this or another worker, "
				+ "delivery count one higher), REJECT when it fails at its --max-attempts-th delivery (never delivered "
				+ "again). A new group starts at the topic's new records.",
				"Runs until Ctrl-C (which leaves the group), --max-records or --duration. Start more workers than the "
						+ "topic has partitions, with the same --group: each gets orders." })
public final class FulfilOrders implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private CommonOptions options;

	@Option(names = "--group", paramLabel = "GROUP", defaultValue = "lab-fulfilment",
			description = "the share group (default ${DEFAULT-VALUE})")
	private String group;

	@Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.PURCHASES,
			description = "the topic of the orders (default ${DEFAULT-VALUE})")
	private String topic;

	@Option(names = "--worker", paramLabel = "NAME", description = "the name on each line (default worker-PID)")
	private String name = "worker-" + ProcessHandle.current().pid();

	@Mixin
	private FailureOptions failures = new FailureOptions();

	@Option(names = "--max-records", paramLabel = "N", description = "stop after the poll that reaches N deliveries")
	private Long maxRecords;

	@Option(names = "--duration", paramLabel = "DURATION", converter = DurationOption.class,
			description = "stop after this long, e.g. 2m")
	private Duration duration;

	@Option(names = "--report-every", paramLabel = "DURATION", converter = DurationOption.class,
			description = "time between two lines of counts so far (default: only at the end)")
	private Duration reportEvery;

	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		FulfilmentRules rules = this.failures.rules(commandLine);
		if (this.maxRecords != null && this.maxRecords < 1) {
			throw FailureOptions.mistake(commandLine, "--max-records", "must be 1 or more", this.maxRecords);
		}
		if (this.name.isBlank()) {
			throw FailureOptions.mistake(commandLine, "--worker", "must not be blank", "'" + this.name + "'");
		}
		Worker worker = new Worker(
				new WorkerSettings(this.options.bootstrapServer(), this.group, this.topic, this.name, this.reportEvery),
				rules, commandLine.getOut(), new Limits((this.maxRecords != null) ? this.maxRecords : Long.MAX_VALUE,
						(this.duration != null) ? Instant.now().plus(this.duration) : Instant.MAX));
		commandLine.getOut()
			.println("Joining share group " + this.group + " on " + this.topic + "; Ctrl-C leaves the group");
		Runtime.getRuntime().addShutdownHook(new Thread(worker::stop, "leave-share-group"));
		worker.run();
		return 0;
	}

}
