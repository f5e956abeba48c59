package dev.kafkaplayground.labs.share;

import java.util.Locale;

import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.json.EventJson;

/**
 * The line a worker prints for one delivery, e.g.
 * {@code worker-1 RELEASE store.purchases-3@1234 order o-42 delivery 2}: who, how it was
 * acknowledged, which record, which order and which delivery of the record it was.
 */
final class DeliveryLine {

	private DeliveryLine() {
	}

	static String of(String worker, AcknowledgeType type, ConsumerRecord<String, byte[]> record, int delivery) {
		return String.format(Locale.ROOT, "%s %-7s %s-%d@%d %s delivery %d", worker, type.name(), record.topic(),
				record.partition(), record.offset(), order(record.key(), record.value()), delivery);
	}

	/**
	 * The purchase's {@code orderId}, or the record key when the value is not a JSON
	 * object with one: the worker fulfils whatever it is given.
	 */
	static String order(String key, byte[] value) {
		if (value != null) {
			try {
				JsonNode root = EventJson.mapper().readTree(value);
				JsonNode orderId = (root != null) ? root.get("orderId") : null;
				if (orderId != null && orderId.isString()) {
					return "order " + orderId.stringValue();
				}
			}
			catch (JacksonException ex) {
				// not JSON: named by its key
			}
		}
		return "key " + key;
	}

}
