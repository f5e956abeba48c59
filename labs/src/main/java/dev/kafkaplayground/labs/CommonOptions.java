package dev.kafkaplayground.labs;

import picocli.CommandLine.Option;

/** The options every lab program has: the broker, and help. */
public final class CommonOptions {

	@Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
			description = "the Kafka broker (default ${DEFAULT-VALUE})")
	private String bootstrapServer;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
	private boolean help;

	public String bootstrapServer() {
		return this.bootstrapServer;
	}

}
