package dev.kafkaplayground.tools.exactlyonce;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * What the two topics hold, reduced to what the check compares: the final truth of each
 * minute and, per window, its final record, how many final records it has (exactly one is
 * the contract) and the {@code late.dropped} of its latest record (final or not). Collect
 * with {@link #builder()}; non-final truth records are ignored.
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
	 * The records of one window.
	 *
	 * @param firstFinal its first final record, or null while it is open
	 * @param finalRecords how many final records it has
	 * @param lateDropped {@code late.dropped} of its latest record
	 */
	public record Window(ComputedWindow firstFinal, int finalRecords, long lateDropped) {

		Window next(ComputedWindow record) {
			if (!record.metrics().isFinal()) {
				return new Window(this.firstFinal, this.finalRecords, record.lateDropped());
			}
			return new Window((this.firstFinal != null) ? this.firstFinal : record, this.finalRecords + 1,
					record.lateDropped());
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
			this.windows.merge(record.metrics().windowStart(), new Window(null, 0, 0).next(record),
					(before, ignored) -> before.next(record));
			return this;
		}

		public FinalRecords build() {
			return new FinalRecords(this.truths, this.windows);
		}

	}

}
