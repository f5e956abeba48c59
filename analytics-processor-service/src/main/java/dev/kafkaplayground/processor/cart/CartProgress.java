package dev.kafkaplayground.processor.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Cart;

/**
 * The cart family's view of one session, and the definition of the {@code cart} section.
 * <ul>
 * <li>A session that added to its cart is <b>converted</b> at its first purchase (by
 * event time; an earlier purchase arriving later moves the count, as in the funnel).</li>
 * <li>A session that <b>ends</b> (no event for the session gap) with games in its cart
 * and no purchase is <b>abandoned</b> at the instant it ended: last event plus the gap.
 * If a purchase of the session that happened before that instant arrives afterwards, the
 * abandonment is taken back and the session counts as converted.</li>
 * </ul>
 *
 * @param contents game ids in the cart now (adds minus removals; a purchase empties it)
 * @param carted whether the session ever added to its cart
 * @param convertedAt event time of the first purchase if {@code carted}, else
 * {@link #NONE}
 * @param firstPurchaseAt event time of the session's first purchase, or {@link #NONE}
 * @param abandonedAt the instant the session counted as abandoned, or {@link #NONE}
 */
public record CartProgress(List<String> contents, boolean carted, long firstPurchaseAt, long convertedAt,
		long abandonedAt) {

	public static final long NONE = Long.MIN_VALUE;

	public static final CartProgress START = new CartProgress(List.of(), false, NONE, NONE, NONE);

	private static final Cart CONVERTED = new Cart(1, 0);

	private static final Cart ABANDONED = new Cart(0, 1);

	public CartProgress {
		contents = List.copyOf(contents);
	}

	/** This progress after an event at {@code at}; cart counts go to {@code facts}. */
	public CartProgress after(StoreEvent event, long at, ObjLongConsumer<Cart> facts) {
		if (event instanceof CartAction action) {
			List<String> cart = new ArrayList<>(this.contents);
			if (action.action() == ItemAction.ADD) {
				if (!cart.contains(action.gameId())) {
					cart.add(action.gameId());
				}
				CartProgress added = new CartProgress(cart, true, this.firstPurchaseAt, this.convertedAt,
						this.abandonedAt);
				// the purchase may have arrived before this add, held up on its way
				return (this.firstPurchaseAt != NONE && !this.carted) ? added.convert(this.firstPurchaseAt, facts)
						: added;
			}
			cart.remove(action.gameId());
			return new CartProgress(cart, this.carted, this.firstPurchaseAt, this.convertedAt, this.abandonedAt);
		}
		if (event instanceof Purchase) {
			boolean first = this.firstPurchaseAt == NONE || at < this.firstPurchaseAt;
			long firstAt = first ? at : this.firstPurchaseAt;
			CartProgress bought = new CartProgress(List.of(), this.carted, firstAt, this.convertedAt, this.abandonedAt);
			if (bought.abandonedAt != NONE) {
				facts.accept(ABANDONED.negated(), bought.abandonedAt);
				bought = new CartProgress(bought.contents, bought.carted, firstAt, bought.convertedAt, NONE);
			}
			return (first && this.carted) ? bought.convert(at, facts) : bought;
		}
		return this;
	}

	/**
	 * The session has ended at {@code endedAt}: abandoned if it left games in its cart.
	 */
	public CartProgress ended(long endedAt, ObjLongConsumer<Cart> facts) {
		if (this.contents.isEmpty() || this.firstPurchaseAt != NONE || this.abandonedAt != NONE) {
			return this;
		}
		facts.accept(ABANDONED, endedAt);
		return new CartProgress(this.contents, this.carted, this.firstPurchaseAt, this.convertedAt, endedAt);
	}

	/** Counts the session converted at {@code at}, moving an earlier count. */
	private CartProgress convert(long at, ObjLongConsumer<Cart> facts) {
		if (this.convertedAt == at) {
			return this;
		}
		facts.accept(CONVERTED, at);
		if (this.convertedAt != NONE) {
			facts.accept(CONVERTED.negated(), this.convertedAt);
		}
		return new CartProgress(this.contents, this.carted, this.firstPurchaseAt, at, this.abandonedAt);
	}

}
