package dev.kafkaplayground.localkafka;

/**
 * The topics could not be set up: the broker did not answer in time, it refused a topic,
 * or existing topics have a shape the playground cannot work with.
 */
class TopicSetupException extends RuntimeException {

	TopicSetupException(String message) {
		super(message);
	}

	TopicSetupException(String message, Throwable cause) {
		super(message, cause);
	}

}
