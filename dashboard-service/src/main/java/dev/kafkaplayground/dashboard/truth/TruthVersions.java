package dev.kafkaplayground.dashboard.truth;

import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Which of two truth records of the same minute to keep. The generator publishes a
 * minute's updates in order (one key, one partition) and then its final record; truth
 * records carry no publication time, so the later arrival wins, except that a final
 * record is never replaced by an update (a re-read after a rebalance).
 */
public final class TruthVersions {

	private TruthVersions() {
	}

	/** Whether {@code candidate} should replace {@code current}. */
	public static boolean supersedes(MinuteTruth candidate, MinuteTruth current) {
		return candidate.isFinal() || !current.isFinal();
	}

}
