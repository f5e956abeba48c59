package dev.kafkaplayground.generator.traffic;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The achieved rate over a sliding window of wall-clock time: fed by the publishing
 * thread once per tick, read by others.
 * <p>
 * Counts go into a ring of ten buckets, each a tenth of the window, aligned to the first
 * record. A reading sums the buckets that lie in the window and divides by the time they
 * span, from the start of the oldest of them to now: between nine tenths of the window
 * and the whole of it, or the time since the first record while that is shorter (the
 * first record only marks the start: its count belongs to time before it), so the figure
 * is right a second after start instead of climbing for a whole window. A bucket that was
 * not fed since the window moved past it counts as empty, so the rate falls to 0 when the
 * feeding stops.
 * <p>
 * Thread-safe; a record is a few array operations under a lock that is almost never
 * contended (one writer per tick, readers now and then).
 */
public final class RateMeter {

	private static final int BUCKETS = 10;

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private final long bucketNanos;

	private final long[] counts = new long[BUCKETS];

	// which bucket (counted from the first record) each slot of the ring holds now
	private final long[] bucketOfSlot = new long[BUCKETS];

	private boolean started;

	private long firstNanos;

	private long latestNanos;

	/**
	 * A meter over a window of {@code window}.
	 * @param window how far back the rate looks, at least 10 nanoseconds
	 */
	public RateMeter(Duration window) {
		Objects.requireNonNull(window, "window must not be null");
		if (window.compareTo(Duration.ofNanos(BUCKETS)) < 0) {
			throw new IllegalArgumentException("rate window must be at least " + BUCKETS + " ns but was " + window);
		}
		this.bucketNanos = window.dividedBy(BUCKETS).toNanos();
		reset();
	}

	/**
	 * Counts the events of a tick that ended at {@code nowNanos}. The first record after
	 * creation or {@link #reset()} only starts the clock, its count is not measured.
	 * @param nowNanos the wall clock, as {@link System#nanoTime()}
	 * @param count how many events, at least 0
	 */
	public synchronized void record(long nowNanos, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("event count must be ≥ 0 but was " + count);
		}
		if (!this.started) {
			// a tick's count covers the time since the tick before, which for the first
			// one the meter cannot know: it only marks where the measured time begins
			this.started = true;
			this.firstNanos = nowNanos;
			this.latestNanos = nowNanos;
			return;
		}
		// compared by difference, as System.nanoTime() values must be
		if (nowNanos - this.latestNanos > 0) {
			this.latestNanos = nowNanos;
		}
		long bucket = bucketOf(nowNanos);
		int slot = (int) (bucket % BUCKETS);
		if (this.bucketOfSlot[slot] != bucket) {
			if (this.bucketOfSlot[slot] > bucket) {
				// later than the window: a late record of a bucket already recycled
				return;
			}
			this.bucketOfSlot[slot] = bucket;
			this.counts[slot] = 0;
		}
		this.counts[slot] += count;
	}

	/**
	 * Events per second over the last window, or since the first record if that is
	 * shorter.
	 * @param nowNanos the wall clock, as {@link System#nanoTime()}
	 * @return the achieved rate, 0 before anything was recorded
	 */
	public synchronized double perSecond(long nowNanos) {
		if (!this.started) {
			return 0;
		}
		// a reader may have taken the time just before the writer recorded a later one
		long now = (nowNanos - this.latestNanos < 0) ? this.latestNanos : nowNanos;
		long newest = bucketOf(now);
		long oldest = Math.max(newest - BUCKETS + 1, 0);
		long total = 0;
		for (int slot = 0; slot < BUCKETS; slot++) {
			long bucket = this.bucketOfSlot[slot];
			if (bucket >= oldest && bucket <= newest) {
				total += this.counts[slot];
			}
		}
		long spanNanos = now - (this.firstNanos + oldest * this.bucketNanos);
		return (spanNanos > 0) ? total * NANOS_PER_SECOND / spanNanos : 0;
	}

	/** Forgets everything recorded: the next record starts the meter afresh. */
	public synchronized void reset() {
		this.started = false;
		Arrays.fill(this.counts, 0);
		Arrays.fill(this.bucketOfSlot, -1);
	}

	private long bucketOf(long nanos) {
		// a bucket holds the ticks that end after its start and no later than its end,
		// since a tick's events happened before its record; records before the first one
		// (a clock read out of order) count in the first bucket
		return Math.max(nanos - this.firstNanos - 1, 0) / this.bucketNanos;
	}

}
