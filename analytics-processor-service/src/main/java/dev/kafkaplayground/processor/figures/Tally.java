package dev.kafkaplayground.processor.figures;

import java.time.Instant;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;

/**
 * The additive figures of some events, section by section: one event's delta on the
 * repartition topic, or a whole window's running total in the store. Each section adds
 * associatively, so the tally does too, and per-task pre-aggregation before the shuffle
 * cannot change the result.
 *
 * @param traffic events per type, revenue and orders
 * @param funnel sessions reaching each funnel stage for the first time
 * @param cart sessions whose cart converted or was abandoned
 * @param search searches, zero-result searches, click-throughs, search-led purchases
 * @param games activity per game
 * @param late events dropped because their window had closed
 */
public record Tally(Traffic traffic, Funnel funnel, Cart cart, Search search, Games games, Late late) {

	public static final Tally NONE = new Tally(Traffic.NONE, Funnel.EMPTY, Cart.EMPTY, Search.EMPTY, Games.NONE,
			Late.NONE);

	public Tally {
		// a delta or store entry written by an older version has no such section
		traffic = (traffic != null) ? traffic : Traffic.NONE;
		funnel = (funnel != null) ? funnel : Funnel.EMPTY;
		cart = (cart != null) ? cart : Cart.EMPTY;
		search = (search != null) ? search : Search.EMPTY;
		games = (games != null) ? games : Games.NONE;
		late = (late != null) ? late : Late.NONE;
	}

	/**
	 * One event's figures at its own time: its traffic and games sections, which the
	 * event alone decides, and the session sections its session's state decided.
	 */
	public static Tally of(StoreEvent event, Funnel funnel, Cart cart, Search search) {
		return new Tally(Traffic.of(event), funnel, cart, search, Games.of(event), Late.NONE);
	}

	public static Tally of(Funnel funnel) {
		return new Tally(Traffic.NONE, funnel, Cart.EMPTY, Search.EMPTY, Games.NONE, Late.NONE);
	}

	public static Tally of(Cart cart) {
		return new Tally(Traffic.NONE, Funnel.EMPTY, cart, Search.EMPTY, Games.NONE, Late.NONE);
	}

	public static Tally of(Search search) {
		return new Tally(Traffic.NONE, Funnel.EMPTY, Cart.EMPTY, search, Games.NONE, Late.NONE);
	}

	public static Tally of(Games games) {
		return new Tally(Traffic.NONE, Funnel.EMPTY, Cart.EMPTY, Search.EMPTY, games, Late.NONE);
	}

	public static Tally of(Late late) {
		return new Tally(Traffic.NONE, Funnel.EMPTY, Cart.EMPTY, Search.EMPTY, Games.NONE, late);
	}

	public Tally plus(Tally other) {
		return new Tally(this.traffic.plus(other.traffic), this.funnel.plus(other.funnel), this.cart.plus(other.cart),
				this.search.plus(other.search), this.games.plus(other.games), this.late.plus(other.late));
	}

	/** The same figures without the per-game ones. */
	public Tally withoutGames() {
		return new Tally(this.traffic, this.funnel, this.cart, this.search, Games.NONE, this.late);
	}

	public WindowMetrics toMetrics(Instant windowStart, Instant windowEnd, boolean isFinal, Instant updatedAt) {
		return new WindowMetrics(windowStart, windowEnd, isFinal, updatedAt,
				WindowMetrics.eventCounts(this.traffic.events()), this.traffic.revenueCents(), this.traffic.orders(),
				this.funnel, this.cart, this.search, this.games.byGame(), this.late);
	}

}
