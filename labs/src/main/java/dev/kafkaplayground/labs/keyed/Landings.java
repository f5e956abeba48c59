package dev.kafkaplayground.labs.keyed;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Where the records of each key landed: the partitions of every key, which the lab
 * expects to be one per key.
 */
final class Landings {

	private final Map<String, SortedSet<Integer>> partitionsByKey = new TreeMap<>();

	private int records;

	/** Notes where a record landed and returns the line that says so. */
	String add(String key, RecordMetadata sent) {
		this.partitionsByKey.computeIfAbsent(key, (k) -> new TreeSet<>()).add(sent.partition());
		this.records++;
		return "key=" + key + " partition=" + sent.partition() + " offset="
				+ (sent.hasOffset() ? sent.offset() : "unknown (acks=0: the broker does not answer)");
	}

	/**
	 * The line that ends the run, with the partitions of each key, e.g.
	 * {@code Sent 4 records to lab.keyed (acks=all, idempotence=default); partitions by
	 * key: session-a -> [3], session-b -> [0]}.
	 */
	String summary(SendSettings settings) {
		return "Sent " + this.records + " records to " + settings.topic() + " (" + settings + "); partitions by key: "
				+ this.partitionsByKey.entrySet()
					.stream()
					.map((partitions) -> partitions.getKey() + " -> " + partitions.getValue())
					.collect(Collectors.joining(", "));
	}

}
