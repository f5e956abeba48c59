package dev.kafkaplayground.labs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a lab program's loop: the shutdown hook asks the loop to stop and waits (at
 * most 30 s) until it has closed its client, so that the client leaves its group before
 * the JVM exits.
 */
public final class Stop {

	private final CountDownLatch done = new CountDownLatch(1);

	private volatile boolean asked;

	/** Whether the loop was asked to stop. */
	public boolean asked() {
		return this.asked;
	}

	/** Called by the loop once its client is closed. */
	public void done() {
		this.done.countDown();
	}

	/** Asks the loop to stop, and waits until it has (at most 30 s). */
	public void askAndWait() {
		this.asked = true;
		try {
			this.done.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
