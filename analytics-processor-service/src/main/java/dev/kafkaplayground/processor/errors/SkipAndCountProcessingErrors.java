package dev.kafkaplayground.processor.errors;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when the processor's own code throws while processing a record (a bug in a
 * metric: bad input never gets this far, the contract check sends it to the dead-letter
 * topic): the error is logged with the record's origin, counted in
 * {@code playground_processor_processing_errors_total}, and processing goes on with the
 * next record.
 * <p>
 * Going on is deliberate. Failing would not help: the stream thread would be replaced
 * ({@code ReplaceFailedThread}), resume from the last commit, meet the same record and
 * fail again, so the partition, and the dashboard's windows with it, would stop for good.
 * Skipping costs that one record's figures (the log line names its topic, partition and
 * offset, so it can be read again with {@code scripts/kafka-tool.sh console-consumer});
 * the counter makes the loss visible on {@code /actuator/prometheus}.
 */
public final class SkipAndCountProcessingErrors implements ProcessingExceptionHandler {

	/** Micrometer name of the counter. */
	public static final String COUNTER = "playground.processor.processing.errors";

	private static final Logger logger = LoggerFactory.getLogger(SkipAndCountProcessingErrors.class);

	private final Counter errors = Counter.builder(COUNTER)
		.description("Records skipped because the processor's own code failed on them")
		.register(Metrics.globalRegistry);

	@Override
	public void configure(Map<String, ?> configs) {
	}

	/**
	 * The handler's method since Kafka 4.2, which deprecated {@code handle} and its
	 * {@code ProcessingHandlerResponse}. {@link Response#resume()} with no records sends
	 * nothing to a dead-letter queue: the record is only skipped.
	 */
	@Override
	public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
		this.errors.increment();
		logger.error("Skipped the record at {}-{} offset {} (task {}): processor node '{}' failed on it",
				context.topic(), context.partition(), context.offset(), context.taskId(), context.processorNodeId(),
				exception);
		return Response.resume();
	}

}
