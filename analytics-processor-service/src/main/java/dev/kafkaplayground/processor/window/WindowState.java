package dev.kafkaplayground.processor.window;

import dev.kafkaplayground.processor.figures.Tally;

/**
 * What the store keeps per open window. {@code unpublished} survives a restart, so
 * changes restored from the changelog are still published as an update.
 *
 * @param tally the window's figures so far
 * @param unpublished whether the figures changed since the last update record
 * @param publishedAt wall-clock time of the window's last update record, epoch ms (0 if
 * none yet)
 */
record WindowState(Tally tally, boolean unpublished, long publishedAt) {

	static WindowState first(Tally tally) {
		return new WindowState(tally, true, 0);
	}

	WindowState add(Tally delta) {
		return new WindowState(this.tally.plus(delta), true, this.publishedAt);
	}

	WindowState published(long now) {
		return new WindowState(this.tally, false, now);
	}

}
