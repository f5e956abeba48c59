package dev.kafkaplayground.generator.shopper;

import java.time.Duration;
import java.util.Arrays;

/**
 * How shoppers behave, as data: every probability of the session state machine in one
 * record. A probability applies at each step of a session where its action is possible (a
 * checkout only with a non-empty cart, a click-through only right after a search with
 * results). Scenarios are values of this record.
 *
 * @param entry how sessions arrive in the store
 * @param searchShare share of free browsing steps that are searches (the rest open a game
 * page)
 * @param zeroResultShare share of searches that find nothing
 * @param clickThrough chance that a search with results is followed by opening one of
 * them
 * @param wishlistAdd chance that a game page just viewed is added to the wishlist
 * @param wishlistRemove chance per step of removing a game added to the wishlist
 * @param cartAdd chance that a game page just viewed is added to the cart
 * @param cartRemove chance per step of removing a game from a non-empty cart
 * @param checkout chance per step of buying everything in a non-empty cart
 * @param abandonment chance per step of leaving with a non-empty cart (and not buying)
 * @param leave chance per step of leaving with an empty cart
 * @param discounts how many games are on sale and how much that sells
 * @param popularityExponent Zipf exponent of game popularity (0 = uniform)
 * @param thinkTimeMin shortest pause between two actions of a session
 * @param thinkTimeMax longest pause between two actions of a session
 * @param maxActions a session leaves after this many actions at the latest
 */
public record ShopperBehaviour(EntryMix entry, double searchShare, double zeroResultShare, double clickThrough,
		double wishlistAdd, double wishlistRemove, double cartAdd, double cartRemove, double checkout,
		double abandonment, double leave, Discounts discounts, double popularityExponent, Duration thinkTimeMin,
		Duration thinkTimeMax, int maxActions) {

	/** An ordinary day in the store. */
	public static final ShopperBehaviour NORMAL = new ShopperBehaviour(EntryMix.NORMAL, 0.30, 0.08, 0.65, 0.12, 0.03,
			0.18, 0.06, 0.10, 0.05, 0.03, new Discounts(0.08, 0.25, 2.0), 1.0, Duration.ofSeconds(2),
			Duration.ofSeconds(8), 60);

	public ShopperBehaviour {
		probability("searchShare", searchShare);
		probability("zeroResultShare", zeroResultShare);
		probability("clickThrough", clickThrough);
		probability("wishlistAdd", wishlistAdd);
		probability("wishlistRemove", wishlistRemove);
		probability("cartAdd", cartAdd);
		probability("cartRemove", cartRemove);
		probability("checkout", checkout);
		probability("abandonment", abandonment);
		probability("leave", leave);
		if (!(popularityExponent >= 0 && popularityExponent <= 5)) {
			throw new IllegalArgumentException(
					"popularityExponent must be between 0 and 5 but was " + popularityExponent);
		}
		if (thinkTimeMin.isNegative() || thinkTimeMax.compareTo(thinkTimeMin) < 0) {
			throw new IllegalArgumentException(
					"think times must satisfy 0 <= min <= max but were " + thinkTimeMin + " and " + thinkTimeMax);
		}
		if (maxActions < 1) {
			throw new IllegalArgumentException("maxActions must be at least 1 but was " + maxActions);
		}
	}

	/** Mean pause between two actions of a session, in seconds. */
	public double meanThinkSeconds() {
		return (this.thinkTimeMin.toNanos() + this.thinkTimeMax.toNanos()) / 2e9;
	}

	public ShopperBehaviour withCheckout(double checkout, double abandonment) {
		return new ShopperBehaviour(this.entry, this.searchShare, this.zeroResultShare, this.clickThrough,
				this.wishlistAdd, this.wishlistRemove, this.cartAdd, this.cartRemove, checkout, abandonment, this.leave,
				this.discounts, this.popularityExponent, this.thinkTimeMin, this.thinkTimeMax, this.maxActions);
	}

	public ShopperBehaviour withInterest(double cartAdd, double wishlistAdd, double leave) {
		return new ShopperBehaviour(this.entry, this.searchShare, this.zeroResultShare, this.clickThrough, wishlistAdd,
				this.wishlistRemove, cartAdd, this.cartRemove, this.checkout, this.abandonment, leave, this.discounts,
				this.popularityExponent, this.thinkTimeMin, this.thinkTimeMax, this.maxActions);
	}

	public ShopperBehaviour withDiscounts(Discounts discounts) {
		return new ShopperBehaviour(this.entry, this.searchShare, this.zeroResultShare, this.clickThrough,
				this.wishlistAdd, this.wishlistRemove, this.cartAdd, this.cartRemove, this.checkout, this.abandonment,
				this.leave, discounts, this.popularityExponent, this.thinkTimeMin, this.thinkTimeMax, this.maxActions);
	}

	public ShopperBehaviour withEntry(EntryMix entry, double searchShare) {
		return new ShopperBehaviour(entry, searchShare, this.zeroResultShare, this.clickThrough, this.wishlistAdd,
				this.wishlistRemove, this.cartAdd, this.cartRemove, this.checkout, this.abandonment, this.leave,
				this.discounts, this.popularityExponent, this.thinkTimeMin, this.thinkTimeMax, this.maxActions);
	}

	static void probability(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be a probability between 0 and 1 but was " + value);
		}
	}

	/**
	 * How sessions arrive, as relative weights: by searching, browsing the store front, a
	 * recommendation, their wishlist, or directly on a game page.
	 */
	public record EntryMix(double search, double browse, double recommendation, double wishlist, double direct) {

		public static final EntryMix NORMAL = new EntryMix(0.35, 0.30, 0.15, 0.10, 0.10);

		public EntryMix {
			double[] weights = { search, browse, recommendation, wishlist, direct };
			double sum = 0;
			for (double weight : weights) {
				if (!(weight >= 0 && Double.isFinite(weight))) {
					throw new IllegalArgumentException(
							"entry weights must be finite and >= 0 but were " + Arrays.toString(weights));
				}
				sum += weight;
			}
			if (sum <= 0) {
				throw new IllegalArgumentException("at least one entry weight must be positive");
			}
		}

		double total() {
			return this.search + this.browse + this.recommendation + this.wishlist + this.direct;
		}

	}

	/**
	 * Sales: a share of the catalog is discounted by {@code depth} each simulated hour,
	 * and a discounted game is {@code boost} times as likely to be looked at and carted.
	 */
	public record Discounts(double share, double depth, double boost) {

		public Discounts {
			probability("discounts.share", share);
			if (!(depth >= 0 && depth < 1)) {
				throw new IllegalArgumentException("discounts.depth must be at least 0 and below 1 but was " + depth);
			}
			if (!(boost >= 1 && boost <= 100)) {
				throw new IllegalArgumentException("discounts.boost must be between 1 and 100 but was " + boost);
			}
		}

	}

}
