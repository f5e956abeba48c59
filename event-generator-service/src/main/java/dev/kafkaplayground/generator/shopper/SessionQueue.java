package dev.kafkaplayground.generator.shopper;

import java.util.Arrays;

/**
 * The sessions in the store, earliest {@code readyAt} first: a binary min-heap that keeps
 * each session's key in an array of its own, so that sifting compares numbers without
 * visiting the sessions. At tens of thousands of sessions and hundreds of thousands of
 * events a second this is most of the crowd's bookkeeping.
 */
final class SessionQueue {

	private ShopperSession[] sessions = new ShopperSession[64];

	private long[] keys = new long[64];

	private int size;

	int size() {
		return this.size;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	/** Adds the session under its current {@code readyAt}. */
	void add(ShopperSession session) {
		if (this.size == this.sessions.length) {
			this.sessions = Arrays.copyOf(this.sessions, this.size * 2);
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
		}
		int index = this.size++;
		long key = session.readyAt;
		while (index > 0) {
			int parent = (index - 1) >>> 1;
			if (this.keys[parent] <= key) {
				break;
			}
			move(parent, index);
			index = parent;
		}
		put(index, session, key);
	}

	/** Removes and returns the session that is due first. */
	ShopperSession poll() {
		ShopperSession first = this.sessions[0];
		int last = --this.size;
		ShopperSession moved = this.sessions[last];
		long key = this.keys[last];
		this.sessions[last] = null;
		if (last > 0) {
			int index = 0;
			int half = last >>> 1;
			while (index < half) {
				int child = 2 * index + 1;
				if (child + 1 < last && this.keys[child + 1] < this.keys[child]) {
					child++;
				}
				if (key <= this.keys[child]) {
					break;
				}
				move(child, index);
				index = child;
			}
			put(index, moved, key);
		}
		return first;
	}

	private void move(int from, int to) {
		this.sessions[to] = this.sessions[from];
		this.keys[to] = this.keys[from];
	}

	private void put(int index, ShopperSession session, long key) {
		this.sessions[index] = session;
		this.keys[index] = key;
	}

}
