package dev.kafkaplayground.benchmarks.pipeline;

import java.util.List;

/**
 * Whether the processor sustained one step of the generator's rate, judged on the samples
 * of the step's second half (the first half lets the pipeline settle at the new rate). A
 * step is <em>sustained</em> when, over that half:
 * <ol>
 * <li>the generator wrote at least {@link #MIN_SENT_SHARE} of the rate asked (otherwise
 * the machine could not even produce it, and the step says nothing of the
 * processor);</li>
 * <li>the processor group's lag grew by at most {@link #MAX_LAG_GROWTH_SECONDS} second of
 * the input: the lag at the end (mean of the last samples) minus the lag at the start
 * (mean of the first samples), divided by the rate written;</li>
 * <li>the lag at the end was at most {@link #MAX_LAG_SECONDS} seconds of the input.</li>
 * </ol>
 * Means of {@link #EDGE_SAMPLES} samples smooth the saw-tooth of exactly-once commits
 * (every 100 ms).
 */
final class StepVerdict {

	static final double MIN_SENT_SHARE = 0.95;

	static final double MAX_LAG_GROWTH_SECONDS = 1.0;

	static final double MAX_LAG_SECONDS = 5.0;

	static final int EDGE_SAMPLES = 5;

	private StepVerdict() {
	}

	/**
	 * @param asked the rate asked of the generator, events/s
	 * @param secondHalf the samples of the step's second half, oldest first, at least two
	 */
	static Step judge(long asked, List<Sample> secondHalf) {
		if (secondHalf.size() < 2) {
			throw new IllegalArgumentException("a step needs at least two samples but had " + secondHalf.size());
		}
		Sample first = secondHalf.get(0);
		Sample last = secondHalf.get(secondHalf.size() - 1);
		double seconds = (last.atNanos() - first.atNanos()) / 1e9;
		double sent = (last.written() - first.written()) / seconds;
		double processed = (last.committed() - first.committed()) / seconds;
		int edge = Math.max(1, Math.min(EDGE_SAMPLES, secondHalf.size() / 4));
		double lagAtStart = meanLag(secondHalf.subList(0, edge));
		double lagAtEnd = meanLag(secondHalf.subList(secondHalf.size() - edge, secondHalf.size()));
		Outcome outcome;
		if (sent < MIN_SENT_SHARE * asked) {
			outcome = Outcome.GENERATOR_BELOW_RATE;
		}
		else if (lagAtEnd - lagAtStart > MAX_LAG_GROWTH_SECONDS * sent) {
			outcome = Outcome.LAG_GROWING;
		}
		else if (lagAtEnd > MAX_LAG_SECONDS * sent) {
			outcome = Outcome.LAG_TOO_HIGH;
		}
		else {
			outcome = Outcome.SUSTAINED;
		}
		return new Step(asked, Math.round(sent), Math.round(processed), Math.round(lagAtStart), Math.round(lagAtEnd),
				outcome);
	}

	private static double meanLag(List<Sample> samples) {
		return samples.stream().mapToLong(Sample::lag).average().orElse(0);
	}

	/**
	 * One reading of the store topics.
	 *
	 * @param atNanos when ({@link System#nanoTime()})
	 * @param written sum of the store topics' end offsets
	 * @param committed sum of the processor group's committed offsets on them
	 */
	record Sample(long atNanos, long written, long committed) {

		long lag() {
			return Math.max(0, this.written - this.committed);
		}

	}

	/**
	 * A judged step.
	 *
	 * @param asked events/s asked of the generator
	 * @param sent events/s written to the store topics
	 * @param processed events/s the processor committed
	 * @param lagAtStart the processor's lag at the start of the second half, events
	 * @param lagAtEnd its lag at the end, events
	 * @param outcome the verdict
	 */
	record Step(long asked, long sent, long processed, long lagAtStart, long lagAtEnd, Outcome outcome) {

		boolean sustained() {
			return this.outcome == Outcome.SUSTAINED;
		}

	}

	enum Outcome {

		SUSTAINED("sustained"), GENERATOR_BELOW_RATE("generator below rate"), LAG_GROWING("lag growing"),
		LAG_TOO_HIGH("lag above 5 s");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
