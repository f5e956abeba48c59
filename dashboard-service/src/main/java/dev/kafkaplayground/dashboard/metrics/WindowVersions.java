package dev.kafkaplayground.dashboard.metrics;

import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * Which record of a window to hold: the one rule, applied by the dashboard alone; the
 * page shows what the dashboard sends.
 * <p>
 * In one run the processor publishes a window's updates and then, once, its final record,
 * all stamped {@code updatedAt} with its clock. The dashboard can see an older record
 * again (a re-read after a rebalance of its consumer, a snapshot racing with live
 * updates), so arrival order alone does not decide. A final record after a final one
 * comes from a later run: the learner reset the processor's application and it replayed
 * the window. The record carries nothing that names a run, so a later {@code updatedAt}
 * tells the two apart: a final record published later than the one held rebuilt the
 * window and replaces it; the same record read again (the same {@code updatedAt}) is no
 * rebuild; an earlier one is a stale re-read. A zombie instance's records never reach the
 * dashboard: exactly-once fences it, its transaction aborts, and the dashboard reads
 * committed records only.
 */
public final class WindowVersions {

	private WindowVersions() {
	}

	/**
	 * The version to hold once {@code candidate}, as read, arrives while {@code current}
	 * is held: a final record is never replaced by an update, nor a publication by an
	 * older one (equal publication times go to the candidate, the later arrival); a final
	 * record replaced by a later final one makes the window rebuilt, and it stays so.
	 */
	public static HeldWindow held(HeldWindow current, HeldWindow candidate) {
		WindowMetrics held = current.metrics();
		WindowMetrics next = candidate.metrics();
		if (held.isFinal() && !next.isFinal()) {
			return current;
		}
		if (held.isFinal() == next.isFinal() && next.updatedAt().isBefore(held.updatedAt())) {
			return current;
		}
		boolean rebuild = held.isFinal() && next.updatedAt().isAfter(held.updatedAt());
		return new HeldWindow(next, current.rebuilt() || candidate.rebuilt() || rebuild);
	}

}
