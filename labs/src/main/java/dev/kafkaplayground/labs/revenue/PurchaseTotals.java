package dev.kafkaplayground.labs.revenue;

import java.time.Instant;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

/**
 * Reads a raw purchase record as the analytics processor does: checked against the
 * contract by {@link StoreEventParser} (a rejected record is skipped, as the processor
 * sends it to its dead letters), then forwarded as its {@code totalCents} with its
 * {@code occurredAt} as record timestamp, so that the windows downstream are event-time
 * minutes, the same minutes as the processor's.
 */
final class PurchaseTotals implements FixedKeyProcessor<String, byte[], Long> {

	private static final Logger logger = LoggerFactory.getLogger(PurchaseTotals.class);

	private final StoreEventParser parser = new StoreEventParser();

	private FixedKeyProcessorContext<String, Long> context;

	@Override
	public void init(FixedKeyProcessorContext<String, Long> context) {
		this.context = context;
	}

	@Override
	public void process(FixedKeyRecord<String, byte[]> record) {
		ParseResult result = this.parser.parse(Topics.PURCHASES, record.key(), record.value());
		if (result instanceof ParseResult.Accepted accepted && accepted.event() instanceof Purchase purchase
				&& !purchase.occurredAt().isBefore(Instant.EPOCH)) {
			this.context
				.forward(record.withValue(purchase.totalCents()).withTimestamp(purchase.occurredAt().toEpochMilli()));
		}
		else {
			logger.debug("Skipped a record the contract rejects: {}", result);
		}
	}

}
