package dev.kafkaplayground.labs.share;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.labs.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line of {@code fulfil-orders}: its options, and one-line answers naming the
 * option to values it cannot run with, given before anything talks to Kafka.
 */
class FulfilOrdersCommandLineTests {

	@Test
	void shouldShowItsOptions() {
		CliRun run = CliRun.of("fulfil-orders", "--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Fulfils orders as one worker of a share group (Kafka as a queue).")
			.contains("Usage: scripts/lab.sh fulfil-orders")
			.contains("--group=GROUP", "(default lab-fulfilment)", "--topic=TOPIC", "(default store.purchases)",
					"--worker=NAME", "--fail-fraction=F", "--poison-every=N", "--max-attempts=N", "(default 3)",
					"--max-records=N", "--duration=DURATION", "--report-every=DURATION");
	}

	@Test
	void shouldNameTheOptionOfAValueOutOfRange() {
		assertMistake("fulfil-orders: Option '--fail-fraction' must be from 0 to 1 but was 1.5", "--fail-fraction",
				"1.5");
		assertMistake("fulfil-orders: Option '--fail-fraction' must be from 0 to 1 but was -0.1", "--fail-fraction",
				"-0.1");
		assertMistake("fulfil-orders: Option '--fail-fraction' must be from 0 to 1 but was NaN", "--fail-fraction",
				"NaN");
		assertMistake("fulfil-orders: Option '--poison-every' must be 1 or more but was 0", "--poison-every", "0");
		assertMistake("fulfil-orders: Option '--max-attempts' must be 1 or more but was 0", "--max-attempts", "0");
		assertMistake("fulfil-orders: Option '--max-records' must be 1 or more but was 0", "--max-records", "0");
		assertMistake("fulfil-orders: Option '--worker' must not be blank but was ' '", "--worker", " ");
	}

	@Test
	void shouldNameTheOptionOfAValueThatIsNotANumberOrDuration() {
		assertThat(CliRun.of("fulfil-orders", "--fail-fraction", "half").err().lines().findFirst())
			.hasValueSatisfying((line) -> assertThat(line)
				.startsWith("fulfil-orders: Invalid value for option '--fail-fraction': 'half'"));
		assertThat(CliRun.of("fulfil-orders", "--max-attempts", "three").err().lines().findFirst())
			.hasValueSatisfying((line) -> assertThat(line)
				.startsWith("fulfil-orders: Invalid value for option '--max-attempts': 'three'"));
		assertThat(CliRun.of("fulfil-orders", "--report-every", "often").err()).contains("'--report-every'",
				"must be a positive duration such as 60s, 2m or 500ms but was 'often'");
	}

	@Test
	void shouldAcknowledgeEachDeliveryExplicitly() {
		WorkerSettings settings = new WorkerSettings("localhost:9092", "lab-fulfilment", "store.purchases", "w1", null);
		assertThat(settings.consumerConfig())
			.containsEntry(ConsumerConfig.SHARE_ACKNOWLEDGEMENT_MODE_CONFIG, "explicit")
			.containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "lab-fulfilment")
			.containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "w1");
	}

	private static void assertMistake(String firstLine, String... args) {
		// no broker there: a value let through would fail the test rather than join a
		// group
		String[] command = new String[args.length + 3];
		command[0] = "fulfil-orders";
		command[1] = "--bootstrap-server";
		command[2] = "127.0.0.1:1";
		System.arraycopy(args, 0, command, 3, args.length);
		CliRun run = CliRun.of(command);
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err().lines().findFirst()).hasValue(firstLine);
		assertThat(run.err())
			.endsWith("Run scripts/lab.sh fulfil-orders --help to see the options." + System.lineSeparator());
		assertThat(run.out()).isEmpty();
	}

}
