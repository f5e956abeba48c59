package dev.kafkaplayground.processor.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * What happens when the processor's own code throws while processing a record (a bug in a
 * metric: bad input never gets this far, the contract check sends it to the dead-letter
 * topic): Kafka's {@link LogAndContinueProcessingExceptionHandler} logs the error with
 * the record's origin and, as {@code errors.dead.letter.queue.topic.name} is set, writes
 * the record as it was read to {@code analytics.dlq} with Kafka Streams'
 * {@code __streams.errors.*} headers, in the task's transaction; this class counts it in
 * {@code playground_processor_processing_errors_total}; processing goes on with the next
 * record.
 * <p>
 * Going on is deliberate. Failing would not help: the stream thread would be replaced
 * ({@code ReplaceFailedThread}), resume from the last commit, meet the same record and
 * fail again, so the partition, and the dashboard's windows with it, would stop for good.
 * Skipping costs that one record's figures; the dead letter keeps the record, and the
 * counter makes the loss visible on {@code /actuator/prometheus}.
 */
public final class SkipAndCountProcessingErrors extends LogAndContinueProcessingExceptionHandler {

	/** Micrometer name of the counter. */
	public static final String COUNTER = "playground.processor.processing.errors";

	private final Counter errors = Counter.builder(COUNTER)
		.description("Records skipped because the processor's own code failed on them")
		.register(Metrics.globalRegistry);

	@Override
	public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
		this.errors.increment();
		return super.handleError(context, record, exception);
	}

}
