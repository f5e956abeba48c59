package dev.kafkaplayground.localkafka;

/**
 * A command line the tools cannot run with. The message names the option and says what
 * was wrong with it.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
