package dev.kafkaplayground.labs.group;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.labs.CommonOptions;
import dev.kafkaplayground.labs.DurationOption;

/**
 * {@code group-member}: one member of a consumer group, printing its partitions at every
 * rebalance and what it reads. Teaches how a group shares a topic's partitions: start a
 * second member and each holds half; stop one (Ctrl-C leaves the group cleanly) and the
 * other takes its partitions over, resuming from the offsets committed after each poll.
 */
@Command(name = "group-member", sortOptions = false, descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		header = "Joins a consumer group and prints its partitions at every rebalance.",
		description = {
				"Joins a consumer group, prints its partitions at every rebalance and, every few seconds, the "
						+ "records read per partition and the positions; commits after each poll (read_committed).",
				"Runs until Ctrl-C (which leaves the group), --max-records or --duration. Start several in "
						+ "different terminals with the same --group to watch them share the partitions." })
public final class GroupMember implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private CommonOptions options;

	@Option(names = "--group", paramLabel = "GROUP", defaultValue = "lab-members",
			description = "the consumer group (default ${DEFAULT-VALUE})")
	private String group;

	@Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.PURCHASES,
			description = "the topic to read (default ${DEFAULT-VALUE})")
	private String topic;

	@Option(names = "--from-beginning",
			description = "start at the earliest record where the group has no committed offset yet (default: new records only)")
	private boolean fromBeginning;

	@Option(names = "--group-protocol", paramLabel = "classic|consumer", defaultValue = GroupProtocol.DEFAULT,
			description = "classic (members rebalance together) or consumer (KIP-848, the broker assigns) (default ${DEFAULT-VALUE})")
	private GroupProtocol protocol;

	@Option(names = "--max-records", paramLabel = "N", description = "stop after the poll that reaches N records")
	private Long maxRecords;

	@Option(names = "--duration", paramLabel = "DURATION", converter = DurationOption.class,
			description = "stop after this long, e.g. 2m")
	private Duration duration;

	@Option(names = "--report-every", paramLabel = "DURATION", defaultValue = "5s", converter = DurationOption.class,
			description = "time between two lines of what was read (default ${DEFAULT-VALUE})")
	private Duration reportEvery;

	@Override
	public Integer call() {
		if (this.maxRecords != null && this.maxRecords < 1) {
			throw new ParameterException(this.spec.commandLine(),
					"Option '--max-records' must be 1 or more but was " + this.maxRecords);
		}
		MemberSettings settings = new MemberSettings(this.options.bootstrapServer(), this.group, this.topic,
				this.fromBeginning, this.protocol, this.reportEvery);
		Member member = new Member(settings, this.spec.commandLine().getOut(),
				new Limits((this.maxRecords != null) ? this.maxRecords : Long.MAX_VALUE,
						(this.duration != null) ? Instant.now().plus(this.duration) : Instant.MAX));
		this.spec.commandLine()
			.getOut()
			.println("Joining group " + this.group + " on " + this.topic + " (group.protocol="
					+ this.protocol.configValue() + "); Ctrl-C leaves the group");
		Runtime.getRuntime().addShutdownHook(new Thread(member::stop, "leave-group"));
		member.run();
		return 0;
	}

}
