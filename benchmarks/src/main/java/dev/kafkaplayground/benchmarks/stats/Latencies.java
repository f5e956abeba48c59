package dev.kafkaplayground.benchmarks.stats;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Delays in whole milliseconds, counted per millisecond up to {@link #RANGE_MILLIS}
 * (longer ones in one last bucket; the maximum is kept exactly), so that any number of
 * samples takes the same memory and percentiles are exact to the millisecond. Safe to
 * record from many threads.
 */
public final class Latencies {

	/** Delays up to this many milliseconds are counted exactly. */
	public static final int RANGE_MILLIS = 120_000;

	private final AtomicLongArray counts = new AtomicLongArray(RANGE_MILLIS + 1);

	private final LongAccumulator max = new LongAccumulator(Math::max, 0);

	/** Records one delay; a negative one (clocks are the same machine's) counts as 0. */
	public void record(long millis) {
		long delay = Math.max(0, millis);
		this.counts.incrementAndGet((int) Math.min(delay, RANGE_MILLIS));
		this.max.accumulate(delay);
	}

	public long count() {
		long count = 0;
		for (int i = 0; i < this.counts.length(); i++) {
			count += this.counts.get(i);
		}
		return count;
	}

	public long max() {
		return this.max.get();
	}

	/**
	 * The nearest-rank percentile: the smallest delay that at least {@code fraction} of
	 * the samples do not exceed ({@code 0.99} for p99); -1 without samples. Above
	 * {@link #RANGE_MILLIS} it is the maximum.
	 * @param fraction above 0, at most 1
	 */
	public long percentile(double fraction) {
		if (!(fraction > 0 && fraction <= 1)) {
			throw new IllegalArgumentException("fraction must be above 0 and at most 1 but was " + fraction);
		}
		long count = count();
		if (count == 0) {
			return -1;
		}
		long rank = (long) Math.ceil(fraction * count);
		long seen = 0;
		for (int millis = 0; millis < RANGE_MILLIS; millis++) {
			seen += this.counts.get(millis);
			if (seen >= rank) {
				return millis;
			}
		}
		return max();
	}

}
