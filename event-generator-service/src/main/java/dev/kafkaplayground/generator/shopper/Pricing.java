package dev.kafkaplayground.generator.shopper;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.SplittableRandom;

import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;

/**
 * The store's prices: each simulated hour a different share of the catalog is on sale.
 * Which games are discounted depends only on the seed, the simulated hour and the
 * discount settings, so a seed reproduces the sales.
 */
final class Pricing {

	private final GameCatalog catalog;

	private final long seed;

	private final BitSet discounted;

	private ShopperBehaviour.Discounts discounts;

	private long hour = Long.MIN_VALUE;

	Pricing(GameCatalog catalog, long seed, ShopperBehaviour.Discounts discounts) {
		this.catalog = catalog;
		this.seed = seed;
		this.discounted = new BitSet(catalog.size());
		this.discounts = discounts;
	}

	/**
	 * Moves the sales on to the given simulated time; returns whether the set of
	 * discounted games changed.
	 */
	boolean update(LocalDateTime simulatedTime, ShopperBehaviour.Discounts discounts) {
		long hour = simulatedTime.toEpochSecond(ZoneOffset.UTC) / 3600;
		if (hour == this.hour && discounts.equals(this.discounts)) {
			return false;
		}
		this.hour = hour;
		this.discounts = discounts;
		SplittableRandom random = new SplittableRandom(this.seed ^ (hour * 0x9E3779B97F4A7C15L));
		this.discounted.clear();
		for (int i = 0; i < this.catalog.size(); i++) {
			if (random.nextDouble() < discounts.share()) {
				this.discounted.set(i);
			}
		}
		return true;
	}

	boolean isDiscounted(int catalogIndex) {
		return this.discounted.get(catalogIndex);
	}

	double boost() {
		return this.discounts.boost();
	}

	/** The price of a game now: its list price, or the sale price ending in 99 cents. */
	int priceCents(int catalogIndex) {
		Game game = this.catalog.games().get(catalogIndex);
		if (!isDiscounted(catalogIndex)) {
			return game.basePriceCents();
		}
		long dollars = Math.round(game.basePriceCents() * (1 - this.discounts.depth()) / 100.0);
		return (int) Math.max(99, dollars * 100 - 1);
	}

}
