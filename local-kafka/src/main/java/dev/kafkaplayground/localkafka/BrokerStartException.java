package dev.kafkaplayground.localkafka;

/**
 * The broker cannot start: a port is taken, the storage cannot be formatted, or the data
 * folder is not usable. The message says what to do about it.
 */
class BrokerStartException extends RuntimeException {

	BrokerStartException(String message) {
		super(message);
	}

	BrokerStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
