package dev.kafkaplayground.labs.keyed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

import dev.kafkaplayground.labs.LabTopic;

/**
 * What the keyed producer sends and how it asks for acknowledgements.
 *
 * @param bootstrapServers the broker
 * @param topic the lab topic, named {@code lab.*}
 * @param count how many records
 * @param keys the keys, used in turn
 * @param acks {@code all}, {@code 1} or {@code 0}
 * @param idempotence whether the producer is idempotent; null for Kafka's default (on
 * unless {@code acks} rules it out)
 */
record SendSettings(String bootstrapServers, String topic, int count, List<String> keys, String acks,
		Boolean idempotence) {

	SendSettings {
		if (!topic.startsWith(LabTopic.PREFIX)) {
			throw new IllegalArgumentException("Option '--topic' must name a lab topic, starting with '"
					+ LabTopic.PREFIX + "', not one of the playground's, but was '" + topic + "'");
		}
		if (count < 1 || keys.isEmpty() || keys.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException(
					"Options '--count' and '--keys' need a count of 1 or more and keys that are not blank");
		}
		if (!List.of("all", "1", "0").contains(acks)) {
			throw new IllegalArgumentException("Option '--acks' must be all, 1 or 0 but was '" + acks + "'");
		}
		if (Boolean.TRUE.equals(idempotence) && !acks.equals("all")) {
			throw new IllegalArgumentException("Option '--idempotence true' needs '--acks all' "
					+ "(an idempotent producer waits for every in-sync replica)");
		}
	}

	/** The key of the {@code i}th record. */
	String key(int i) {
		return this.keys.get(i % this.keys.size());
	}

	Map<String, Object> producerConfig() {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, this.acks);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "lab-keyed-producer");
		if (this.idempotence != null) {
			config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, this.idempotence);
		}
		return config;
	}

	@Override
	public String toString() {
		return "acks=" + this.acks + ", idempotence=" + ((this.idempotence != null) ? this.idempotence : "default");
	}

}
