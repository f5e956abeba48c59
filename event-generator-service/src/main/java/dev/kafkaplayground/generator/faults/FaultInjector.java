package dev.kafkaplayground.generator.faults;

import java.util.random.RandomGenerator;

/**
 * Decides, event by event, which faults strike. It draws from a random source of its own,
 * so turning a knob changes what is broken, never what the shoppers do.
 */
public final class FaultInjector {

	private static final PoisonPill[] KINDS = PoisonPill.values();

	private final RandomGenerator random;

	private volatile FaultSettings settings;

	public FaultInjector(RandomGenerator random, FaultSettings settings) {
		this.random = random;
		this.settings = settings;
	}

	public FaultSettings settings() {
		return this.settings;
	}

	public void settings(FaultSettings settings) {
		this.settings = settings;
	}

	/** Whether to hold the next event back and send it late. */
	public boolean late() {
		double fraction = this.settings.lateFraction();
		return fraction > 0 && this.random.nextDouble() < fraction;
	}

	/** Whether to send the event just sent a second time. */
	public boolean duplicate() {
		double fraction = this.settings.duplicateFraction();
		return fraction > 0 && this.random.nextDouble() < fraction;
	}

	/** The kind of poison pill to send after the next event, or null for none. */
	public PoisonPill poison() {
		double fraction = this.settings.poisonFraction();
		if (fraction > 0 && this.random.nextDouble() < fraction) {
			return KINDS[this.random.nextInt(KINDS.length)];
		}
		return null;
	}

}
