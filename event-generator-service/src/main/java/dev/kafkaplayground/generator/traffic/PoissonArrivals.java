package dev.kafkaplayground.generator.traffic;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Arrivals of an inhomogeneous Poisson process, by time change: the process runs on the
 * integrated intensity ("work", rate × seconds) instead of on time, where the gaps
 * between arrivals are independent Exp(1) draws. This keeps a budget of work left until
 * the next arrival; a call subtracts the work of its span and counts an arrival each time
 * the budget is used up, drawing a new one.
 * <p>
 * So the rate may change on every call and the process stays exact however finely time is
 * cut: a call with a tiny span costs one multiplication, one comparison and one
 * subtraction, allocates nothing and draws no random number unless an arrival happens.
 * The cost of a call grows with the number of arrivals it returns.
 * <p>
 * Not thread-safe: one simulation thread owns it.
 */
public final class PoissonArrivals {

	private final RandomGenerator random;

	private double budget;

	/**
	 * Arrivals drawn from {@code random}; a seeded generator reproduces them.
	 * @param random the source of randomness
	 */
	public PoissonArrivals(RandomGenerator random) {
		this.random = Objects.requireNonNull(random, "random must not be null");
		this.budget = nextGap();
	}

	/**
	 * How many arrivals happen in the next {@code seconds} at intensity
	 * {@code ratePerSecond}.
	 * @param ratePerSecond the intensity during the span, finite and at least 0
	 * @param seconds the length of the span, finite and at least 0
	 * @return the number of arrivals in the span
	 */
	public int advance(double ratePerSecond, double seconds) {
		if (!(ratePerSecond >= 0 && ratePerSecond < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("arrival rate must be a finite number ≥ 0 but was " + ratePerSecond);
		}
		if (!(seconds >= 0 && seconds < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("span must be a finite number of seconds ≥ 0 but was " + seconds);
		}
		double work = ratePerSecond * seconds;
		if (work <= this.budget) {
			this.budget -= work;
			return 0;
		}
		int arrivals = 0;
		// strictly greater: no work (a zero rate or span) never causes an arrival, even
		// after a gap of exactly 0 was drawn
		while (work > this.budget && arrivals < Integer.MAX_VALUE) {
			work -= this.budget;
			this.budget = nextGap();
			arrivals++;
		}
		this.budget = Math.max(this.budget - work, 0);
		return arrivals;
	}

	private double nextGap() {
		// 1 - u lies in (0, 1], so the logarithm is finite
		return -Math.log(1 - this.random.nextDouble());
	}

}
