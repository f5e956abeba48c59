package dev.kafkaplayground.events.status;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rebalance as one processor instance saw it: the moment its Kafka Streams state went
 * from {@code REBALANCING} back to {@code RUNNING}, and its input partitions before and
 * after.
 *
 * @param at when the instance was running again
 * @param from its partitions by topic when it last ran before (empty at start-up)
 * @param to its partitions by topic from then on
 */
public record Rebalance(Instant at, Map<String, List<Integer>> from, Map<String, List<Integer>> to) {

	public Rebalance {
		from = copy(from);
		to = copy(to);
	}

	/** An immutable copy sorted by topic, so that equal assignments read the same. */
	static Map<String, List<Integer>> copy(Map<String, List<Integer>> partitions) {
		Map<String, List<Integer>> copy = new TreeMap<>();
		partitions.forEach((topic, numbers) -> copy.put(topic, List.copyOf(numbers)));
		return Collections.unmodifiableMap(copy);
	}

}
