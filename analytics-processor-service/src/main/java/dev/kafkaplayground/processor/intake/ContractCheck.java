package dev.kafkaplayground.processor.intake;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.processor.AnalyticsSensors;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.topics.DeadLetterHeaders;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

/**
 * Checks one raw store record with {@link StoreEventParser}. A valid event is forwarded
 * with its {@code occurredAt} as record timestamp, so that everything downstream works in
 * event time, and without the producer's headers. A rejected record keeps its key, value,
 * timestamp and headers and gains the {@link DeadLetterHeaders}.
 */
final class ContractCheck implements FixedKeyProcessor<String, byte[], Checked> {

	/** Longest reason header, in characters. */
	static final int MAX_REASON_LENGTH = 2000;

	private static final Logger logger = LoggerFactory.getLogger(ContractCheck.class);

	private final StoreEventParser parser;

	private final EventTimeGuard eventTimeGuard;

	private FixedKeyProcessorContext<String, Checked> context;

	private Sensor recordsRejected;

	ContractCheck(StoreEventParser parser, EventTimeGuard eventTimeGuard) {
		this.parser = parser;
		this.eventTimeGuard = eventTimeGuard;
	}

	@Override
	public void init(FixedKeyProcessorContext<String, Checked> context) {
		this.context = context;
		this.recordsRejected = AnalyticsSensors.RECORDS_REJECTED.addTo(context);
	}

	@Override
	public void process(FixedKeyRecord<String, byte[]> record) {
		Optional<RecordMetadata> origin = this.context.recordMetadata();
		ParseResult result = this.parser.parse(origin.map(RecordMetadata::topic).orElse(null), record.key(),
				record.value());
		if (result instanceof ParseResult.Rejected rejected) {
			reject(record, origin, rejected.reason());
			return;
		}
		StoreEvent event = ((ParseResult.Accepted) result).event();
		Optional<String> timeProblem = this.eventTimeGuard.problem(event.occurredAt(),
				this.context.currentSystemTimeMs());
		if (timeProblem.isPresent()) {
			reject(record, origin, timeProblem.get());
			return;
		}
		this.context.forward(record.withValue(new Checked.Valid(event))
			.withTimestamp(event.occurredAt().toEpochMilli())
			.withHeaders(new RecordHeaders()));
	}

	@Override
	public void close() {
		this.context.metrics().removeSensor(this.recordsRejected);
	}

	private void reject(FixedKeyRecord<String, byte[]> record, Optional<RecordMetadata> origin, String reason) {
		this.recordsRejected.record();
		logger.debug("Rejected record {}: {}", origin.map(ContractCheck::describe).orElse("without origin"), reason);
		this.context.forward(record.withValue(new Checked.Invalid(record.value()))
			.withHeaders(deadLetterHeaders(record.headers(), origin, reason)));
	}

	private static Headers deadLetterHeaders(Headers original, Optional<RecordMetadata> origin, String reason) {
		Headers headers = new RecordHeaders(original.toArray());
		// Replace, never append: a record might arrive carrying such headers already.
		set(headers, DeadLetterHeaders.REASON, abbreviate(reason));
		origin.ifPresent((metadata) -> {
			set(headers, DeadLetterHeaders.SOURCE_TOPIC, metadata.topic());
			set(headers, DeadLetterHeaders.SOURCE_PARTITION, String.valueOf(metadata.partition()));
			set(headers, DeadLetterHeaders.SOURCE_OFFSET, String.valueOf(metadata.offset()));
		});
		return headers;
	}

	private static void set(Headers headers, String name, String value) {
		headers.remove(name);
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Keeps the dead letter close to the original's size, whatever the reason lists. */
	static String abbreviate(String reason) {
		return (reason.length() <= MAX_REASON_LENGTH) ? reason : reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
	}

	private static String describe(RecordMetadata metadata) {
		return metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset();
	}

}
