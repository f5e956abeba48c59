package dev.kafkaplayground.labs.keyed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How the lab's producer asks for acknowledgements.
 *
 * @param bootstrapServers the broker
 * @param acks {@code all}, {@code 1} or {@code 0}
 * @param idempotence whether the producer is idempotent; null for Kafka's default (on
 * unless {@code acks} rules it out)
 */
record ProducerSettings(String bootstrapServers, String acks, Boolean idempotence) {

	ProducerSettings {
		if (!List.of("all", "1", "0").contains(acks)) {
			throw new IllegalArgumentException("Option '--acks' must be all, 1 or 0 but was '" + acks + "'");
		}
		if (Boolean.TRUE.equals(idempotence) && !acks.equals("all")) {
			throw new IllegalArgumentException("Option '--idempotence true' needs '--acks all' "
					+ "(an idempotent producer waits for every in-sync replica)");
		}
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
