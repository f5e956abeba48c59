package dev.kafkaplayground.labs.share;

import java.util.EnumMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.AcknowledgeType;

/**
 * The deliveries a worker has acknowledged, counted by how.
 */
final class Acknowledged {

	private final Map<AcknowledgeType, Long> counts = new EnumMap<>(AcknowledgeType.class);

	void add(AcknowledgeType type) {
		this.counts.merge(type, 1L, Long::sum);
	}

	long count(AcknowledgeType type) {
		return this.counts.getOrDefault(type, 0L);
	}

	/** Every delivery acknowledged. */
	long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** For example {@code 40 accepted, 3 released, 1 rejected}. */
	String summary() {
		return count(AcknowledgeType.ACCEPT) + " accepted, " + count(AcknowledgeType.RELEASE) + " released, "
				+ count(AcknowledgeType.REJECT) + " rejected";
	}

}
