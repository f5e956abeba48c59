package dev.kafkaplayground.localkafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tools' messages to the person at the terminal: help and command-line mistakes,
 * logged without timestamps (see {@code logback.xml}).
 */
final class Usage {

	/** Exit status of a command line the tools cannot run with. */
	static final int STATUS = 2;

	private static final Logger logger = LoggerFactory.getLogger(Usage.class);

	private Usage() {
	}

	static void help(String text) {
		logger.info(text.stripTrailing());
	}

	static int error(UsageException ex, String tool) {
		logger.error("{}: {}. Run {} --help to see the options.", tool, ex.getMessage(), tool);
		return STATUS;
	}

}
