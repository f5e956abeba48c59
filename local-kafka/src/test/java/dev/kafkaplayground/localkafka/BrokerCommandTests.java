package dev.kafkaplayground.localkafka;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerCommandTests {

	@Test
	void shouldDefaultToThePlaygroundAddressAndFolder() {
		BrokerOptions options = CliRun.parsed(new BrokerCommand()).options();
		assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
		assertThat(options.controllerPort()).isEqualTo(9093);
		assertThat(options.dataDir()).isAbsolute().endsWithRaw(Path.of(".playground", "kafka"));
		assertThat(options.logDir()).startsWithRaw(options.dataDir());
	}

	@Test
	void shouldReadEveryOption() {
		BrokerOptions options = CliRun
			.parsed(new BrokerCommand(), "--data-dir", "/tmp/k", "--host", "127.0.0.1", "--port", "19092",
					"--controller-port=19093")
			.options();
		assertThat(options).isEqualTo(new BrokerOptions(Path.of("/tmp/k"), "127.0.0.1", 19092, 19093));
	}

	@Test
	void shouldPrintTheUsageAndStartNothingWhenHelpIsAskedFor() {
		CliRun run = CliRun.of(new BrokerCommand(), "--port", "1", "--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Usage: LocalKafkaBroker [OPTIONS]")
			.contains("Starts a single-node KRaft Apache Kafka broker", "--data-dir=DIR", "--controller-port=PORT",
					"(default 9093)");
	}

	@Test
	void shouldRejectTheSamePortTwice() {
		CliRun run = CliRun.of(new BrokerCommand(), "--port", "9093");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err())
			.contains("LocalKafkaBroker: Options '--port' and '--controller-port' must differ but both are 9093");
	}

	@Test
	void shouldNameABadPort() {
		CliRun run = CliRun.of(new BrokerCommand(), "--controller-port", "0");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("Option '--controller-port' must be a whole number from 1 to 65535 but was '0'");
		assertThat(CliRun.of(new BrokerCommand(), "--host=").err()).contains("Option '--host' needs a value");
		assertThat(CliRun.of(new BrokerCommand(), "--data-dir", " ").err())
			.contains("Option '--data-dir' needs a value");
	}

}
