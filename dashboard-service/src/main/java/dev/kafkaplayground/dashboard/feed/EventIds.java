package dev.kafkaplayground.dashboard.feed;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ids of the changes the dashboard takes in, whatever their topic: one sequence, so
 * that the ids a browser sees only grow and a reconnecting browser's
 * {@code Last-Event-ID} says which changes it already has.
 * <ul>
 * <li>Every feed applies and publishes its changes inside {@link #publish}, under one
 * lock, so publication order is id order.</li>
 * <li>The sequence starts at the start-up time in microseconds, so a later dashboard
 * process hands out higher ids than an earlier one; an id this process did not hand out
 * is not {@linkplain #isKnown known}, and a browser that sends one gets everything
 * held.</li>
 * </ul>
 */
@Component
public class EventIds {

	private final long first;

	private long next;

	@Autowired
	public EventIds() {
		this(Clock.systemUTC());
	}

	public EventIds(Clock clock) {
		this.first = clock.millis() * 1000;
		this.next = this.first;
	}

	/**
	 * Runs a change of a feed with the lock held; it takes as many ids as it publishes
	 * changes, in the order it publishes them.
	 */
	public synchronized void publish(Consumer<LongSupplier> change) {
		change.accept(() -> this.next++);
	}

	/**
	 * Whether this process handed out the id, so that later changes can be told apart.
	 */
	public synchronized boolean isKnown(long id) {
		return id >= this.first && id < this.next;
	}

}
