package dev.kafkaplayground.generator.publish;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import dev.kafkaplayground.generator.shopper.Generated;

/**
 * Events held back to be sent late, with their original {@code occurredAt}. Bounded: when
 * {@link #CAPACITY} events are held, the next one cannot be and is sent on time. Used by
 * the publishing thread only.
 */
final class LateEvents {

	static final int CAPACITY = 200_000;

	private final PriorityQueue<Held> held = new PriorityQueue<>(Comparator.comparingLong(Held::releaseAt));

	/** Holds the event until {@code releaseAt} (nanoTime); false when full. */
	boolean hold(long releaseAt, Generated generated, byte[] json) {
		if (this.held.size() >= CAPACITY) {
			return false;
		}
		this.held.add(new Held(releaseAt, generated, json));
		return true;
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

	record Held(long releaseAt, Generated generated, byte[] json) {

	}

}
