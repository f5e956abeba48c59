package dev.kafkaplayground.generator.publish;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import dev.kafkaplayground.generator.shopper.Generated;
import dev.kafkaplayground.generator.truth.MinuteTally;

/**
 * Events held back to be sent late, with their original {@code occurredAt}. Bounded:
 * while {@link #CAPACITY} events are held, the next ones are sent on time. Used by the
 * publishing thread only.
 */
final class LateEvents {

	static final int CAPACITY = 200_000;

	private final PriorityQueue<Held> held = new PriorityQueue<>(Comparator.comparingLong(Held::releaseAt));

	/** Whether another event can be held back. */
	boolean hasRoom() {
		return this.held.size() < CAPACITY;
	}

	/** Holds the event until {@code releaseAt} (nanoTime). */
	void hold(long releaseAt, Generated generated, byte[] json, MinuteTally tally) {
		this.held.add(new Held(releaseAt, generated, json, tally));
	}

	/** Hands every event due by {@code now} to {@code send}, oldest first. */
	void releaseDue(long now, Consumer<Held> send) {
		while (!this.held.isEmpty() && this.held.peek().releaseAt() - now <= 0) {
			send.accept(this.held.poll());
		}
	}

	/** Hands every held event to {@code send}, due or not (at shutdown). */
	void releaseAll(Consumer<Held> send) {
		while (!this.held.isEmpty()) {
			send.accept(this.held.poll());
		}
	}

	int size() {
		return this.held.size();
	}

	record Held(long releaseAt, Generated generated, byte[] json, MinuteTally tally) {

	}

}
