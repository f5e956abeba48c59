package dev.kafkaplayground.labs.group;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions a member holds, printed at every rebalance: those it was given, those
 * taken away (revoked, or lost when it was thought dead), and what it holds then.
 */
final class Assignment implements ConsumerRebalanceListener {

	private final String topic;

	private final PrintWriter out;

	private volatile SortedSet<Integer> holding = new TreeSet<>();

	Assignment(String topic, PrintWriter out) {
		this.topic = topic;
		this.out = out;
	}

	/** The partition numbers held now. */
	SortedSet<Integer> holding() {
		return this.holding;
	}

	@Override
	public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
		change(partitions, true, "assigned");
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		change(partitions, false, "revoked");
	}

	@Override
	public void onPartitionsLost(Collection<TopicPartition> partitions) {
		change(partitions, false, "lost");
	}

	private void change(Collection<TopicPartition> partitions, boolean add, String what) {
		if (!add && partitions.isEmpty()) {
			return;
		}
		SortedSet<Integer> numbers = new TreeSet<>(partitions.stream().map(TopicPartition::partition).toList());
		SortedSet<Integer> next = new TreeSet<>(this.holding);
		if (add) {
			next.addAll(numbers);
		}
		else {
			next.removeAll(numbers);
		}
		this.holding = next;
		this.out.println("Rebalance: " + what + " partitions " + numbers + " of " + this.topic + ", holding " + next);
	}

}
