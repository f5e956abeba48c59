package dev.kafkaplayground.benchmarks;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

/**
 * Parses a store record against the contract and forwards the event with its
 * {@code occurredAt} as timestamp; a rejected record is dropped. The parser needs the
 * topic (an event type belongs on one), which only the processor API gives.
 */
final class ParseStoreEvent implements FixedKeyProcessor<String, byte[], StoreEvent> {

	private final StoreEventParser parser = new StoreEventParser();

	private FixedKeyProcessorContext<String, StoreEvent> context;

	@Override
	public void init(FixedKeyProcessorContext<String, StoreEvent> context) {
		this.context = context;
	}

	@Override
	public void process(FixedKeyRecord<String, byte[]> record) {
		String topic = this.context.recordMetadata().map(RecordMetadata::topic).orElse(null);
		if (this.parser.parse(topic, record.key(), record.value()) instanceof ParseResult.Accepted accepted) {
			StoreEvent event = accepted.event();
			this.context.forward(record.withValue(event).withTimestamp(event.occurredAt().toEpochMilli()));
		}
	}

}
