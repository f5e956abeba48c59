package dev.kafkaplayground.processor.session;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * Collects the session sections that one event (or a session's end) changes, each at the
 * event time it counts at, and forwards them as {@link Tally} records: one at the event's
 * own time, plus one per other time a count moved to or from. Most events change figures
 * at their own time only, so this costs one record per event.
 */
final class SessionFigures {

	private final long at;

	private Funnel funnel = Funnel.EMPTY;

	private Cart cart = Cart.EMPTY;

	private Search search = Search.EMPTY;

	/** Figures at other times than {@link #at}, created on first use. */
	private Map<Long, Tally> elsewhere;

	SessionFigures(long at) {
		this.at = at;
	}

	void funnel(Funnel delta, long time) {
		if (time == this.at) {
			this.funnel = this.funnel.plus(delta);
		}
		else {
			elsewhere(time, Tally.of(delta));
		}
	}

	void cart(Cart delta, long time) {
		if (time == this.at) {
			this.cart = this.cart.plus(delta);
		}
		else {
			elsewhere(time, Tally.of(delta));
		}
	}

	void search(Search delta, long time) {
		if (time == this.at) {
			this.search = this.search.plus(delta);
		}
		else {
			elsewhere(time, Tally.of(delta));
		}
	}

	private void elsewhere(long time, Tally delta) {
		if (this.elsewhere == null) {
			this.elsewhere = new TreeMap<>();
		}
		this.elsewhere.merge(time, delta, Tally::plus);
	}

	/**
	 * Forwards the figures: the event's own (always, for its traffic and games) or, for a
	 * session's end, those at its time if any.
	 */
	void forward(ProcessorContext<String, Tally> context, String sessionId, StoreEvent event) {
		if (event != null) {
			context.forward(new Record<>(sessionId, Tally.of(event, this.funnel, this.cart, this.search), this.at));
		}
		else if (!this.funnel.equals(Funnel.EMPTY) || !this.cart.equals(Cart.EMPTY)
				|| !this.search.equals(Search.EMPTY)) {
			context.forward(new Record<>(sessionId,
					new Tally(Traffic.NONE, this.funnel, this.cart, this.search, Games.NONE, Late.NONE), this.at));
		}
		if (this.elsewhere != null) {
			this.elsewhere.forEach((time, delta) -> context.forward(new Record<>(sessionId, delta, time)));
		}
	}

}
