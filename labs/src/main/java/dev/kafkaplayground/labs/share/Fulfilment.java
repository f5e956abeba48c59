package dev.kafkaplayground.labs.share;

import java.io.PrintWriter;
import java.util.SplittableRandom;

import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.ShareConsumer;

/**
 * A worker's handling of the deliveries of each poll: every one is fulfilled or fails as
 * {@link FulfilmentRules} says, is acknowledged accordingly and printed, then the
 * acknowledgements are committed. Used by one thread.
 */
final class Fulfilment {

	private final String worker;

	private final FulfilmentRules rules;

	private final PrintWriter out;

	private final SplittableRandom random = new SplittableRandom();

	private final Acknowledged acknowledged = new Acknowledged();

	Fulfilment(String worker, FulfilmentRules rules, PrintWriter out) {
		this.worker = worker;
		this.rules = rules;
		this.out = out;
	}

	void fulfil(ShareConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
		if (records.isEmpty()) {
			return;
		}
		for (ConsumerRecord<String, byte[]> record : records) {
			int delivery = record.deliveryCount().map(Short::intValue).orElse(1);
			AcknowledgeType type = this.rules.decide(record.offset(), delivery, this.random.nextDouble());
			consumer.acknowledge(record, type);
			this.acknowledged.add(type);
			this.out.println(DeliveryLine.of(this.worker, type, record, delivery));
		}
		// a failure here (say the acquisition lock ran out first) means the broker
		// delivers those records again
		consumer.commitSync()
			.forEach((partition, failure) -> failure.ifPresent((ex) -> this.out.println(
					this.worker + " could not commit the acknowledgements of " + partition + ": " + ex.getMessage())));
	}

	Acknowledged acknowledged() {
		return this.acknowledged;
	}

}
