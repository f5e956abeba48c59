package dev.kafkaplayground.localkafka;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the module's commands answer command lines they cannot run with: status 2 and one
 * line that names the option, then a pointer to {@code --help}. Every case is refused
 * before the command touches Kafka.
 */
class CliTests {

	@Test
	void shouldPrintTheUsageOnHelp() {
		for (String help : new String[] { "--help", "-h" }) {
			CliRun run = CliRun.of(new TopicSetupCommand(), "--partitions", "3", help);
			assertThat(run.status()).isZero();
			assertThat(run.out()).startsWith("Usage: create-topics.sh [OPTIONS]")
				.contains("--bootstrap-server=HOST:PORT", "broker to connect to (default localhost:9092)",
						"--timeout=DURATION", "(default 60s)", "-h, --help");
			assertThat(run.err()).isEmpty();
		}
	}

	@Test
	void shouldNameAnUnknownOptionAndSuggestTheRightOne() {
		CliRun run = CliRun.of(new TopicSetupCommand(), "--bootstrap", "x");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("create-topics.sh: Unknown options: '--bootstrap', 'x'")
			.contains("Possible solutions: --bootstrap-server")
			.endsWith("Run create-topics.sh --help to see the options." + System.lineSeparator());
		assertThat(run.out()).isEmpty();
	}

	@Test
	void shouldNameAnOptionWithoutValue() {
		assertThat(CliRun.of(new TopicSetupCommand(), "--partitions").err())
			.contains("Missing required parameter for option '--partitions'");
		assertThat(CliRun.of(new TopicSetupCommand(), "--partitions", "--timeout", "5s").err())
			.contains("option '--partitions'")
			.contains("'--timeout'");
		CliRun blank = CliRun.of(new TopicSetupCommand(), "--bootstrap-server=");
		assertThat(blank.status()).isEqualTo(2);
		assertThat(blank.err()).contains("Option '--bootstrap-server' needs a value");
	}

	@Test
	void shouldRejectAStrayArgument() {
		CliRun run = CliRun.of(new BrokerCommand(), "9092");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("LocalKafkaBroker: Unmatched argument").contains("'9092'");
	}

	@Test
	void shouldNameANumberOutOfRangeAndWhatItMustBe() {
		assertThat(CliRun.of(new TopicSetupCommand(), "--partitions", "10001").err())
			.contains("Option '--partitions' must be a whole number from 1 to 10000 but was '10001'");
		assertThat(CliRun.of(new TopicSetupCommand(), "--partitions", "-1").err())
			.contains("Option '--partitions' must be a whole number from 1 to 10000 but was '-1'");
		CliRun text = CliRun.of(new TopicSetupCommand(), "--replication-factor", "abc");
		assertThat(text.status()).isEqualTo(2);
		assertThat(text.err()).contains("'--replication-factor'").contains("'abc' is not an int");
	}

	@Test
	void shouldReadDurationsWithAndWithoutUnit() {
		PositiveDuration converter = new PositiveDuration();
		assertThat(converter.convert("90")).isEqualTo(Duration.ofSeconds(90));
		assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(converter.convert("PT1M")).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void shouldNameABadDuration() {
		for (String bad : new String[] { "0", "soon", "-5s", "" }) {
			assertThatExceptionOfType(TypeConversionException.class)
				.isThrownBy(() -> new PositiveDuration().convert(bad))
				.withMessage("must be a positive duration such as 60s, 2m or 500ms but was '" + bad + "'");
			CliRun run = CliRun.of(new TopicSetupCommand(), "--timeout=" + bad);
			assertThat(run.status()).isEqualTo(2);
			assertThat(run.err()).contains("option '--timeout'").contains("must be a positive duration");
		}
	}

}
