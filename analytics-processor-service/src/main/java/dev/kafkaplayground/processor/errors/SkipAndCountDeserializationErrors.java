package dev.kafkaplayground.processor.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * What happens when Kafka Streams cannot read a record's key or value. The store topics
 * are read as bytes and checked by the processor itself, so this is a record on one of
 * its own topics that something other than the processor wrote (the repartition topic is
 * an ordinary topic: anyone with access can write to it). Kafka's
 * {@link LogAndContinueExceptionHandler} logs it and, as
 * {@code errors.dead.letter.queue.topic.name} is set, writes it to {@code analytics.dlq}
 * with Kafka Streams' {@code __streams.errors.*} headers, in the task's transaction; this
 * class counts it in {@code playground_processor_deserialization_errors_total};
 * processing goes on with the next record.
 * <p>
 * Kafka Streams' default, failing, would stop the task at that record for good, and with
 * it the window aggregation: no window would update or close again.
 */
public final class SkipAndCountDeserializationErrors extends LogAndContinueExceptionHandler {

	/** Micrometer name of the counter. */
	public static final String COUNTER = "playground.processor.deserialization.errors";

	private final Counter errors = Counter.builder(COUNTER)
		.description("Records skipped because they could not be deserialized")
		.register(Metrics.globalRegistry);

	@Override
	public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
			Exception exception) {
		this.errors.increment();
		return super.handleError(context, record, exception);
	}

}
