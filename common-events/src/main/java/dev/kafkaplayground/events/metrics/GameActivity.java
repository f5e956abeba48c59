package dev.kafkaplayground.events.metrics;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
@JsonPropertyOrder({ "views", "wishlistAdds", "cartAdds", "purchases", "revenueCents" })
public record GameActivity(long views, long wishlistAdds, long cartAdds, long purchases, long revenueCents) {

	public static final GameActivity EMPTY = new GameActivity(0, 0, 0, 0, 0);

	/** The per-game figures of two sets of windows together. */
	public static Map<String, GameActivity> sum(Map<String, GameActivity> a, Map<String, GameActivity> b) {
		Map<String, GameActivity> sum = new HashMap<>(a);
		b.forEach((gameId, activity) -> sum.merge(gameId, activity, GameActivity::plus));
		return sum;
	}

	public GameActivity plus(GameActivity other) {
		return new GameActivity(this.views + other.views, this.wishlistAdds + other.wishlistAdds,
				this.cartAdds + other.cartAdds, this.purchases + other.purchases,
				this.revenueCents + other.revenueCents);
	}

}
