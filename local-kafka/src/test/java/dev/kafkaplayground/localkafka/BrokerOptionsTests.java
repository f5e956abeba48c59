package dev.kafkaplayground.localkafka;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BrokerOptionsTests {

	@Test
	void shouldDefaultToThePlaygroundAddressAndFolder() {
		BrokerOptions options = BrokerOptions.parse(new String[0]).orElseThrow();
		assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
		assertThat(options.controllerPort()).isEqualTo(9093);
		assertThat(options.dataDir()).isAbsolute().endsWithRaw(Path.of(".playground", "kafka"));
		assertThat(options.logDir()).startsWithRaw(options.dataDir());
	}

	@Test
	void shouldReadEveryOption() {
		BrokerOptions options = BrokerOptions
			.parse(new String[] { "--data-dir", "/tmp/k", "--host", "127.0.0.1", "--port", "19092",
					"--controller-port=19093" })
			.orElseThrow();
		assertThat(options).isEqualTo(new BrokerOptions(Path.of("/tmp/k"), "127.0.0.1", 19092, 19093));
	}

	@Test
	void shouldBeEmptyWhenHelpIsAskedFor() {
		assertThat(BrokerOptions.parse(new String[] { "--port", "1", "--help" })).isEmpty();
	}

	@Test
	void shouldRejectTheSamePortTwice() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> BrokerOptions.parse(new String[] { "--port", "9093" }))
			.withMessageContaining("'--port'")
			.withMessageContaining("'--controller-port'");
	}

	@Test
	void shouldNameABadPort() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> BrokerOptions.parse(new String[] { "--controller-port", "0" }))
			.withMessageContaining("'--controller-port'");
	}

}
