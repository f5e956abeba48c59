package dev.kafkaplayground.labs.share;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code fulfil-orders} that say which deliveries fail and when a failing
 * order is given up on, read into {@link FulfilmentRules}.
 */
final class FailureOptions {

	@Option(names = "--fail-fraction", paramLabel = "F", defaultValue = "0",
			description = "share of deliveries that fail transiently, 0 to 1 (default ${DEFAULT-VALUE})")
	private double failFraction;

	@Option(names = "--poison-every", paramLabel = "N",
			description = "orders whose offset is a multiple of N fail at every delivery (default: none)")
	private Long poisonEvery;

	@Option(names = "--max-attempts", paramLabel = "N", defaultValue = "" + FulfilmentRules.DEFAULT_MAX_ATTEMPTS,
			description = "the delivery at which a still failing order is rejected; the broker delivers a record "
					+ "at most group.share.delivery.count.limit times, 5 by default (default ${DEFAULT-VALUE})")
	private int maxAttempts;

	/**
	 * @throws ParameterException naming the option when a value is out of range
	 */
	FulfilmentRules rules(CommandLine commandLine) {
		if (!(this.failFraction >= 0 && this.failFraction <= 1)) {
			throw mistake(commandLine, "--fail-fraction", "must be from 0 to 1", this.failFraction);
		}
		if (this.poisonEvery != null && this.poisonEvery < 1) {
			throw mistake(commandLine, "--poison-every", "must be 1 or more", this.poisonEvery);
		}
		if (this.maxAttempts < 1) {
			throw mistake(commandLine, "--max-attempts", "must be 1 or more", this.maxAttempts);
		}
		return new FulfilmentRules(this.failFraction, (this.poisonEvery != null) ? this.poisonEvery : 0,
				this.maxAttempts);
	}

	static ParameterException mistake(CommandLine commandLine, String option, String rule, Object value) {
		return new ParameterException(commandLine, "Option '" + option + "' " + rule + " but was " + value);
	}

}
