package dev.kafkaplayground.processor.config;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a stream thread that died instead of letting the whole instance shut down. Bad
 * input cannot kill a thread (the intake rejects it); what is left are transient failures
 * such as a lost transaction, after which the task resumes from its last commit.
 */
final class ReplaceFailedThread implements StreamsUncaughtExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ReplaceFailedThread.class);

	@Override
	public StreamThreadExceptionResponse handle(Throwable exception) {
		logger.error("A Kafka Streams thread failed; replacing it", exception);
		return StreamThreadExceptionResponse.REPLACE_THREAD;
	}

}
