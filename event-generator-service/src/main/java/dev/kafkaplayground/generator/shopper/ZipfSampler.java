package dev.kafkaplayground.generator.shopper;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Picks an index from 0 to n-1 with Zipf-like popularity: index k is chosen in proportion
 * to 1/(k+1)^exponent, so a few games get most of the attention.
 */
final class ZipfSampler {

	private final double[] cumulative;

	ZipfSampler(int n, double exponent) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += 1.0 / Math.pow(k + 1, exponent);
			this.cumulative[k] = sum;
		}
		for (int k = 0; k < n; k++) {
			this.cumulative[k] /= sum;
		}
	}

	int next(RandomGenerator random) {
		int index = Arrays.binarySearch(this.cumulative, random.nextDouble());
		int insertion = (index >= 0) ? index : -index - 1;
		return Math.min(insertion, this.cumulative.length - 1);
	}

}
