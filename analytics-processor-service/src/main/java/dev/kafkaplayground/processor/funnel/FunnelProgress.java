package dev.kafkaplayground.processor.funnel;

import java.util.Arrays;
import java.util.function.ObjLongConsumer;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Funnel;

/**
 * Where one session stands in the funnel: the event time of its first event of each
 * {@link FunnelStage}. The session counts one for a stage in the window of that first
 * event; if an event of the stage arrives that happened earlier than the one counted (it
 * was held up on its way), the count moves: minus one at the old time, plus one at the
 * new.
 */
public final class FunnelProgress {

	/** The time of a stage the session has not reached. */
	public static final long NONE = Long.MIN_VALUE;

	public static final FunnelProgress START = of(NONE, NONE, NONE, NONE);

	private final long[] firsts;

	private FunnelProgress(long[] firsts) {
		this.firsts = firsts;
	}

	/** From the first times of every stage, in stage order ({@link #NONE} if none). */
	public static FunnelProgress of(long... firsts) {
		if (firsts.length != FunnelStage.values().length) {
			throw new IllegalArgumentException("one time per stage expected, got " + firsts.length);
		}
		return new FunnelProgress(firsts.clone());
	}

	/** Event time of the session's first event of the stage, or {@link #NONE}. */
	public long first(FunnelStage stage) {
		return this.firsts[stage.ordinal()];
	}

	/**
	 * This progress after an event at {@code at}; the funnel counts that change go to
	 * {@code facts} with the event time they count at.
	 */
	public FunnelProgress after(StoreEvent event, long at, ObjLongConsumer<Funnel> facts) {
		FunnelStage stage = FunnelStage.of(event).orElse(null);
		if (stage == null) {
			return this;
		}
		long counted = first(stage);
		if (counted != NONE && counted <= at) {
			return this;
		}
		facts.accept(stage.one(), at);
		if (counted != NONE) {
			facts.accept(stage.one().negated(), counted);
		}
		long[] next = this.firsts.clone();
		next[stage.ordinal()] = at;
		return new FunnelProgress(next);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FunnelProgress progress && Arrays.equals(this.firsts, progress.firsts);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.firsts);
	}

	@Override
	public String toString() {
		return "FunnelProgress" + Arrays.toString(this.firsts);
	}

}
