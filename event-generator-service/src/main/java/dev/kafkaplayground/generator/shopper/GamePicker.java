package dev.kafkaplayground.generator.shopper;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.catalog.GameCatalog;

/**
 * Chooses the games shoppers look at: Zipf popularity over the catalog (index k weighs
 * 1/(k+1)^exponent, so a few games get most of the attention), discounted games weighted
 * up by the sale's boost, and a share of picks going to the scenario's focus.
 */
final class GamePicker {

	private final GameCatalog catalog;

	private final double[] cumulative;

	private double[] focusCumulative = new double[0];

	private int[] focusIndexes = new int[0];

	private double focusShare;

	GamePicker(GameCatalog catalog) {
		this.catalog = catalog;
		this.cumulative = new double[catalog.size()];
	}

	/** Recomputes the weights; call when the sales, the behaviour or the focus change. */
	void configure(double exponent, Pricing pricing, Focus focus) {
		double[] weights = new double[this.catalog.size()];
		for (int k = 0; k < weights.length; k++) {
			weights[k] = Math.pow(k + 1, -exponent) * (pricing.isDiscounted(k) ? pricing.boost() : 1);
		}
		fill(this.cumulative, weights);
		this.focusShare = 0;
		if (focus != null) {
			this.focusIndexes = focusIndexes(focus);
			this.focusCumulative = new double[this.focusIndexes.length];
			fill(this.focusCumulative, Arrays.stream(this.focusIndexes).mapToDouble((k) -> weights[k]).toArray());
			this.focusShare = (this.focusIndexes.length > 0) ? focus.share() : 0;
		}
	}

	/** The catalog index of the next game a shopper is drawn to. */
	int pick(RandomGenerator random) {
		if (this.focusShare > 0 && random.nextDouble() < this.focusShare) {
			return this.focusIndexes[sample(this.focusCumulative, random)];
		}
		return sample(this.cumulative, random);
	}

	private int[] focusIndexes(Focus focus) {
		int[] indexes = new int[this.catalog.size()];
		int count = 0;
		for (int k = 0; k < indexes.length; k++) {
			var game = this.catalog.games().get(k);
			if (game.id().equals(focus.gameId()) || game.genre().equals(focus.genre())) {
				indexes[count++] = k;
			}
		}
		return Arrays.copyOf(indexes, count);
	}

	private static void fill(double[] cumulative, double[] weights) {
		double sum = 0;
		for (int k = 0; k < weights.length; k++) {
			sum += weights[k];
			cumulative[k] = sum;
		}
		for (int k = 0; k < weights.length; k++) {
			cumulative[k] /= sum;
		}
	}

	private static int sample(double[] cumulative, RandomGenerator random) {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		int insertion = (index >= 0) ? index + 1 : -index - 1;
		return Math.min(insertion, cumulative.length - 1);
	}

}
