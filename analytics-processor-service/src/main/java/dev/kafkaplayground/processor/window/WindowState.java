package dev.kafkaplayground.processor.window;

/**
 * What the store keeps per open window. {@code unpublished} survives a restart, so
 * changes restored from the changelog are still published as an update.
 *
 * @param tally the window's figures so far
 * @param unpublished whether the figures changed since the last update record
 */
record WindowState(Tally tally, boolean unpublished) {

	static WindowState first(Tally tally) {
		return new WindowState(tally, true);
	}

	WindowState add(Tally delta) {
		return new WindowState(this.tally.plus(delta), true);
	}

	WindowState published() {
		return new WindowState(this.tally, false);
	}

}
