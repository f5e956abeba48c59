package dev.kafkaplayground.labs.group;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * What a group member joins and how.
 *
 * @param bootstrapServers the broker
 * @param group the consumer group
 * @param topic the topic it subscribes to
 * @param fromBeginning where to start in partitions the group has no offset for: the
 * earliest record rather than the next new one
 * @param protocol the group protocol
 * @param reportEvery time between two lines of what was read
 */
public record MemberSettings(String bootstrapServers, String group, String topic, boolean fromBeginning,
		GroupProtocol protocol, Duration reportEvery) {

	Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
				this.group, ConsumerConfig.GROUP_PROTOCOL_CONFIG, this.protocol.configValue(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, this.fromBeginning ? "earliest" : "latest",
				// the member commits itself, after each poll
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				// the processor writes in transactions: never count an aborted record
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
	}

}
