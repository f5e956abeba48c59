package dev.kafkaplayground.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArgumentsTests {

	private static final List<String> NAMES = List.of("--clients", "--url");

	@Test
	void shouldReadOptionsByName() {
		Arguments arguments = Arguments.parse(new String[] { "--url", "http://x", "--clients", "5000" }, NAMES);

		assertThat(arguments.required("--url")).isEqualTo("http://x");
		assertThat(arguments.number("--clients", 1)).isEqualTo(5000);
	}

	@Test
	void shouldGiveTheDefaultOfAnAbsentOption() {
		Arguments arguments = Arguments.parse(new String[0], NAMES);

		assertThat(arguments.number("--clients", 7)).isEqualTo(7);
		assertThat(arguments.optional("--url")).isEmpty();
	}

	@Test
	void shouldRefuseUnknownMissingAndMalformedOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse(new String[] { "--rate", "1" }, NAMES))
			.withMessageContaining("unknown option '--rate'");
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse(new String[] { "--url" }, NAMES))
			.withMessageContaining("needs a value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.parse(new String[] { "--clients", "many" }, NAMES).number("--clients", 1))
			.withMessageContaining("must be a whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse(new String[0], NAMES).required("--url"))
			.withMessageContaining("is required");
	}

}
