package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandLineTests {

	private static final Set<String> KNOWN = Set.of("--port", "--timeout", "--name");

	@Test
	void shouldReadSpaceAndEqualsSeparatedValues() {
		CommandLine line = CommandLine.parse(new String[] { "--port", "1234", "--name=kafka" }, KNOWN);
		assertThat(line.integer("--port", 1, 1, 65535)).isEqualTo(1234);
		assertThat(line.text("--name", "x")).isEqualTo("kafka");
		assertThat(line.helpRequested()).isFalse();
	}

	@Test
	void shouldUseDefaultsForMissingOptions() {
		CommandLine line = CommandLine.parse(new String[0], KNOWN);
		assertThat(line.integer("--port", 9092, 1, 65535)).isEqualTo(9092);
		assertThat(line.text("--name", "default")).isEqualTo("default");
		assertThat(line.duration("--timeout", Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void shouldRecogniseHelp() {
		assertThat(CommandLine.parse(new String[] { "--help" }, KNOWN).helpRequested()).isTrue();
		assertThat(CommandLine.parse(new String[] { "-h" }, KNOWN).helpRequested()).isTrue();
	}

	@Test
	void shouldNameAnUnknownOption() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> CommandLine.parse(new String[] { "--prot", "1" }, KNOWN))
			.withMessage("Unknown option '--prot'");
	}

	@Test
	void shouldNameAnOptionWithoutValue() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> CommandLine.parse(new String[] { "--port" }, KNOWN))
			.withMessage("Option '--port' needs a value");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> CommandLine.parse(new String[] { "--port", "--name", "x" }, KNOWN))
			.withMessage("Option '--port' needs a value");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> CommandLine.parse(new String[] { "--name=" }, KNOWN))
			.withMessage("Option '--name' needs a value");
	}

	@Test
	void shouldRejectAStrayArgument() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> CommandLine.parse(new String[] { "9092" }, KNOWN))
			.withMessage("Unexpected argument '9092'");
	}

	@Test
	void shouldNameANumberOutOfRange() {
		CommandLine line = CommandLine.parse(new String[] { "--port", "70000" }, KNOWN);
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> line.integer("--port", 1, 1, 65535))
			.withMessage("Option '--port' must be a whole number from 1 to 65535 but was '70000'");
		CommandLine negative = CommandLine.parse(new String[] { "--port", "-1" }, KNOWN);
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> negative.integer("--port", 1, 1, 65535))
			.withMessageContaining("'--port'");
		CommandLine text = CommandLine.parse(new String[] { "--port", "abc" }, KNOWN);
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> text.integer("--port", 1, 1, 65535))
			.withMessageContaining("'--port'")
			.withMessageContaining("'abc'");
	}

	@Test
	void shouldReadDurationsWithAndWithoutUnit() {
		assertThat(duration("90")).isEqualTo(Duration.ofSeconds(90));
		assertThat(duration("30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(duration("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(duration("500ms")).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void shouldNameABadDuration() {
		for (String bad : new String[] { "0", "soon", "1h", "-5s" }) {
			CommandLine line = CommandLine.parse(new String[] { "--timeout", bad }, KNOWN);
			assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> line.duration("--timeout", Duration.ofSeconds(1)))
				.withMessageContaining("'--timeout'");
		}
	}

	private static Duration duration(String value) {
		return CommandLine.parse(new String[] { "--timeout", value }, KNOWN).duration("--timeout", Duration.ZERO);
	}

}
