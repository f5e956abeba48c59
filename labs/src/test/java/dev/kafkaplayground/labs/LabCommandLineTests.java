package dev.kafkaplayground.labs;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The command line of {@code scripts/lab.sh}: the list of programs, and one-line answers
 * to command lines it cannot run, given before anything talks to Kafka.
 */
class LabCommandLineTests {

	@Test
	void shouldListTheProgramsOnHelp() {
		CliRun run = CliRun.of("--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Usage: scripts/lab.sh [-h] NAME")
			.contains("Programs:", "keyed-producer", "group-member", "revenue-per-minute", "fulfil-orders");
	}

	@Test
	void shouldListTheProgramsWhenNoneIsNamed() {
		CliRun run = CliRun.of();
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("keyed-producer", "group-member", "revenue-per-minute", "fulfil-orders");
	}

	@Test
	void shouldShowAProgramsOwnOptions() {
		CliRun run = CliRun.of("group-member", "--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Joins a consumer group and prints its partitions at every rebalance.")
			.contains("Usage: scripts/lab.sh group-member")
			.contains("--group=GROUP", "(default lab-members)", "--group-protocol=classic|consumer",
					"--bootstrap-server=HOST:PORT", "(default localhost:9092)");
	}

	@Test
	void shouldNameAnUnknownProgram() {
		CliRun run = CliRun.of("keyed-produce");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("scripts/lab.sh: Unmatched argument at index 0: 'keyed-produce'")
			.contains("Did you mean: scripts/lab.sh keyed-producer")
			.endsWith("Run scripts/lab.sh --help to see the options." + System.lineSeparator());
	}

	@Test
	void shouldNameAnUnknownOptionOfAProgramInOneLine() {
		CliRun run = CliRun.of("group-member", "--grop", "x");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err().lines().findFirst()).hasValue("group-member: Unknown options: '--grop', 'x'");
		assertThat(run.err()).contains("--group")
			.endsWith("Run scripts/lab.sh group-member --help to see the options." + System.lineSeparator());
		assertThat(run.out()).isEmpty();
	}

	@Test
	void shouldNameABadValue() {
		assertThat(CliRun.of("group-member", "--group-protocol", "eager").err()).startsWith(
				"group-member: Invalid value for option '--group-protocol': expected one of [CLASSIC, CONSUMER] (case-insensitive) but was 'eager'");
		assertThat(CliRun.of("group-member", "--max-records", "0").err())
			.startsWith("group-member: Option '--max-records' must be 1 or more but was 0");
		assertThat(CliRun.of("group-member", "--duration", "soon").err()).contains("'--duration'",
				"must be a positive duration such as 60s, 2m or 500ms but was 'soon'");
	}

	@Test
	void shouldReadDurationsWithAndWithoutUnit() {
		DurationOption converter = new DurationOption();
		assertThat(converter.convert("90")).isEqualTo(Duration.ofSeconds(90));
		assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
		assertThat(converter.convert("PT1M")).isEqualTo(Duration.ofMinutes(1));
		for (String bad : new String[] { "0", "soon", "-5s", "", "PT0S" }) {
			assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> converter.convert(bad));
		}
	}

}
