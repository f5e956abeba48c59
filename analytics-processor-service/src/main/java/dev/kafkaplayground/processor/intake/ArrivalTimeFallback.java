package dev.kafkaplayground.processor.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Record timestamps of store records as they arrive. A record without a valid timestamp
 * (a producer may send -1) must still reach the contract check instead of killing the
 * stream thread, as Kafka Streams' default extractor would: it gets the partition's time,
 * or the wall-clock time before the partition has any. The contract check then stamps
 * accepted events with their {@code occurredAt} anyway.
 */
public final class ArrivalTimeFallback implements TimestampExtractor {

	@Override
	public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
		if (record.timestamp() >= 0) {
			return record.timestamp();
		}
		return (partitionTime >= 0) ? partitionTime : System.currentTimeMillis();
	}

}
