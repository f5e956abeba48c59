package dev.kafkaplayground.labs.share;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * What a worker joins and how it reports.
 *
 * @param bootstrapServers the broker
 * @param group the share group
 * @param topic the topic it subscribes to
 * @param worker the name on each line it prints, also its {@code client.id}
 * @param reportEvery time between two lines of counts, or null for none
 */
public record WorkerSettings(String bootstrapServers, String group, String topic, String worker, Duration reportEvery) {

	Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
				this.group, ConsumerConfig.CLIENT_ID_CONFIG, this.worker,
				// every delivery is acknowledged on its own, as accepted, released or
				// rejected; an unacknowledged one would make the next poll fail
				ConsumerConfig.SHARE_ACKNOWLEDGEMENT_MODE_CONFIG, "explicit");
	}

}
