package dev.kafkaplayground.generator.faults;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A record to send in place of a valid event. Equal to another with the same topic, key
 * and value bytes.
 *
 * @param topic the topic to send it to
 * @param key the record key, or null
 * @param value the record value, or null for a tombstone
 */
public record PoisonRecord(String topic, String key, byte[] value) {

	PoisonRecord withTopic(String otherTopic) {
		return new PoisonRecord(otherTopic, this.key, this.value);
	}

	PoisonRecord withKey(String otherKey) {
		return new PoisonRecord(this.topic, otherKey, this.value);
	}

	PoisonRecord withValue(byte[] otherValue) {
		return new PoisonRecord(this.topic, this.key, otherValue);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PoisonRecord record && Objects.equals(this.topic, record.topic)
				&& Objects.equals(this.key, record.key) && Arrays.equals(this.value, record.value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.topic, this.key, Arrays.hashCode(this.value));
	}

	@Override
	public String toString() {
		String text = (this.value != null) ? new String(this.value, StandardCharsets.UTF_8) : null;
		return "PoisonRecord[topic=" + this.topic + ", key=" + this.key + ", value=" + text + "]";
	}

}
