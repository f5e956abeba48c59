package dev.kafkaplayground.labs.share;

import org.apache.kafka.clients.consumer.AcknowledgeType;

/**
 * What a worker makes of one delivery of an order. The delivery fails when the order is a
 * poison order (its offset a multiple of {@code poisonEvery}: it fails at every delivery)
 * or, a transient failure, with probability {@code failFraction}. A delivery that
 * succeeds is accepted; one that fails is released, so that the broker delivers the order
 * again, until the {@code maxAttempts}-th delivery, which is rejected: the broker never
 * delivers that order again.
 *
 * @param failFraction the share of deliveries that fail transiently, from 0 to 1
 * @param poisonEvery every order whose offset is a multiple of this fails at every
 * delivery; 0 for no poison orders
 * @param maxAttempts the delivery at which an order that still fails is rejected
 */
public record FulfilmentRules(double failFraction, long poisonEvery, int maxAttempts) {

	/**
	 * Attempts before a failing order is rejected when {@code --max-attempts} is not
	 * given.
	 */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/**
	 * How to acknowledge one delivery.
	 * @param offset the record's offset
	 * @param delivery which delivery of the record this is, 1 for the first
	 * @param draw a random number from 0 (inclusive) to 1 (exclusive): the delivery fails
	 * transiently when it is below {@code failFraction}
	 */
	public AcknowledgeType decide(long offset, int delivery, double draw) {
		boolean failed = isPoison(offset) || draw < this.failFraction;
		if (!failed) {
			return AcknowledgeType.ACCEPT;
		}
		return (delivery >= this.maxAttempts) ? AcknowledgeType.REJECT : AcknowledgeType.RELEASE;
	}

	boolean isPoison(long offset) {
		return this.poisonEvery > 0 && offset % this.poisonEvery == 0;
	}

}
