package dev.kafkaplayground.tools.exactlyonce;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a comparison.
 *
 * @param minutes the compared minutes, oldest first
 * @param pending minutes with final ground truth whose window the processor has not
 * closed yet (no later window is final either): not an error
 * @param computedOnly final windows without final ground truth (e.g. events sent by
 * something else than the generator, or truth from before the topics' retention)
 * @param lateDropped events the processor reports as dropped late in the compared windows
 * and every later one
 * @param funnelJudged whether funnels were compared: only when none of the compared
 * minutes had late events
 */
public record ComparisonReport(List<MinuteCheck> minutes, List<Instant> pending, List<Instant> computedOnly,
		long lateDropped, boolean funnelJudged) {

	public ComparisonReport {
		minutes = List.copyOf(minutes);
		pending = List.copyOf(pending);
		computedOnly = List.copyOf(computedOnly);
	}

	public long count(Verdict verdict) {
		return this.minutes.stream().filter((minute) -> minute.verdict() == verdict).count();
	}

	/** Compared minutes whose window was published again with the same figures. */
	public long publishedAgain() {
		return this.minutes.stream().filter(MinuteCheck::publishedAgain).count();
	}

	/** Events produced in the compared minutes and missing from their windows. */
	public long missingEvents() {
		return this.minutes.stream().mapToLong(MinuteCheck::missingEvents).sum();
	}

	/**
	 * Whether every missing event is accounted for by a reported late drop. Drops are
	 * counted in the window open when they happened, after the event's own, so they are
	 * summed over the compared windows and every later one.
	 */
	public boolean balanced() {
		return missingEvents() <= this.lateDropped;
	}

	/** Something was compared and nothing differs unexplained. */
	public boolean passed() {
		return !this.minutes.isEmpty() && count(Verdict.DIFFERENT) == 0 && balanced();
	}

	/** Something was compared and every minute is exactly equal. */
	public boolean exact() {
		return !this.minutes.isEmpty() && count(Verdict.OK) == this.minutes.size();
	}

}
