package dev.kafkaplayground.events.metrics;

/**
 * What happened to one game in a window. Purchases and revenue come from purchase items:
 * an order of three games counts one purchase for each of them.
 *
 * @param views game page views
 * @param wishlistAdds wishlist adds
 * @param cartAdds cart adds
 * @param purchases purchase items of this game
 * @param revenueCents sum of the prices paid for this game
 */
public record GameActivity(long views, long wishlistAdds, long cartAdds, long purchases, long revenueCents) {

	public static final GameActivity EMPTY = new GameActivity(0, 0, 0, 0, 0);

	public GameActivity plus(GameActivity other) {
		return new GameActivity(this.views + other.views, this.wishlistAdds + other.wishlistAdds,
				this.cartAdds + other.cartAdds, this.purchases + other.purchases,
				this.revenueCents + other.revenueCents);
	}

}
