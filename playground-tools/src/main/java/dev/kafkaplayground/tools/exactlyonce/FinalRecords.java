package dev.kafkaplayground.tools.exactlyonce;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * What the two topics hold, reduced to what the check compares: the final truth of each
 * minute and, per window, its latest final record, how many final records it has, whether
 * their figures differ, and the {@code late.dropped} of its latest record (final or not).
 * Collect with {@link #builder()}; non-final truth records are ignored.
 *
 * @param truths final ground truth per minute start
 * @param windows the processor's records per window start
 */
public record FinalRecords(SortedMap<Instant, MinuteTruth> truths, SortedMap<Instant, Window> windows) {

	public FinalRecords {
		truths = Collections.unmodifiableSortedMap(new TreeMap<>(truths));
		windows = Collections.unmodifiableSortedMap(new TreeMap<>(windows));
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The records of one window. One run of the processor publishes one final record per
	 * window. A replay after a reset of the processor's application publishes it again,
	 * later and with the same figures (event time makes the replay deterministic): the
	 * latest is the answer. Final records with different figures contradict each other.
	 *
	 * @param latestFinal its final record with the latest {@code updatedAt} (of equal
	 * ones, the last read: the same record read again), or null while it is open
	 * @param finalRecords how many final records it has
	 * @param figuresDiffer whether two of its final records differ in more than
	 * {@code updatedAt} and {@code late}
	 * @param lateDropped {@code late.dropped} of its latest record
	 */
	public record Window(ComputedWindow latestFinal, int finalRecords, boolean figuresDiffer, long lateDropped) {

		Window next(ComputedWindow record) {
			if (!record.metrics().isFinal()) {
				return new Window(this.latestFinal, this.finalRecords, this.figuresDiffer, record.lateDropped());
			}
			if (this.latestFinal == null) {
				return new Window(record, 1, false, record.lateDropped());
			}
			WindowMetrics held = this.latestFinal.metrics();
			boolean later = !record.metrics().updatedAt().isBefore(held.updatedAt());
			return new Window(later ? record : this.latestFinal, this.finalRecords + 1,
					this.figuresDiffer || !sameFigures(held, record.metrics()), record.lateDropped());
		}

		/**
		 * Whether every figure is equal: all fields but {@code updatedAt} and
		 * {@code late}, which say when and how that run went (a stall in one run drops
		 * events late that the replay counts in their own minute, where the figures then
		 * differ).
		 */
		private static boolean sameFigures(WindowMetrics a, WindowMetrics b) {
			return a.equals(new WindowMetrics(b.windowStart(), b.windowEnd(), b.isFinal(), a.updatedAt(), b.events(),
					b.revenueCents(), b.orders(), b.funnel(), b.cart(), b.search(), b.games(), a.late()));
		}

	}

	/** Collects records in topic order. */
	public static final class Builder {

		private final SortedMap<Instant, MinuteTruth> truths = new TreeMap<>();

		private final SortedMap<Instant, Window> windows = new TreeMap<>();

		private Builder() {
		}

		public Builder truth(MinuteTruth truth) {
			if (truth.isFinal()) {
				this.truths.merge(truth.windowStart(), truth, TruthSum::plus);
			}
			return this;
		}

		public Builder window(ComputedWindow record) {
			this.windows.merge(record.metrics().windowStart(), new Window(null, 0, false, 0).next(record),
					(before, ignored) -> before.next(record));
			return this;
		}

		public FinalRecords build() {
			return new FinalRecords(this.truths, this.windows);
		}

	}

}
