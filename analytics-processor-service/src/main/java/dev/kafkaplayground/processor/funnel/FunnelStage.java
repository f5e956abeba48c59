package dev.kafkaplayground.processor.funnel;

import java.util.Optional;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.metrics.Funnel;

/**
 * The stages of the conversion funnel and the events that reach them: a page view, a
 * wishlist add, a cart add, a purchase. A session counts in the window of its first event
 * of each stage ({@code docs/metrics.md}, the funnel section).
 */
public enum FunnelStage {

	VIEWED(new Funnel(1, 0, 0, 0)), WISHLISTED(new Funnel(0, 1, 0, 0)), CARTED(new Funnel(0, 0, 1, 0)),
	PURCHASED(new Funnel(0, 0, 0, 1));

	private final Funnel one;

	FunnelStage(Funnel one) {
		this.one = one;
	}

	/** The funnel section of one session reaching this stage. */
	public Funnel one() {
		return this.one;
	}

	/** The stage the event reaches, if any (removals and searches reach none). */
	public static Optional<FunnelStage> of(StoreEvent event) {
		if (event instanceof GamePageViewed) {
			return Optional.of(VIEWED);
		}
		if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			return Optional.of(WISHLISTED);
		}
		if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			return Optional.of(CARTED);
		}
		return (event instanceof Purchase) ? Optional.of(PURCHASED) : Optional.empty();
	}

}
