package dev.kafkaplayground.processor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.processor.cart.CartProgress;
import dev.kafkaplayground.processor.funnel.FunnelProgress;
import dev.kafkaplayground.processor.search.SearchProgress;

/**
 * What the processor remembers of one session: enough to recognise an event sent twice,
 * to know when the session ends, and each metric family's view of it.
 *
 * @param recentEventIds ids of the session's last {@link #REMEMBERED_IDS} events
 * @param lastEventAt highest event time of the session while it was open, epoch ms
 * @param ended whether the session has ended (no event for the session gap); its state is
 * kept a grace period longer for events that were held up on their way
 * @param funnel the funnel stages it reached, and when
 * @param cart its cart, purchases and whether it converted or was abandoned
 * @param search what it did with its searches
 */
public record SessionState(List<UUID> recentEventIds, long lastEventAt, boolean ended, FunnelProgress funnel,
		CartProgress cart, SearchProgress search) {

	/** Enough for a whole visit of the simulated store (60 actions at most) and more. */
	static final int REMEMBERED_IDS = 100;

	public SessionState {
		recentEventIds = List.copyOf(recentEventIds);
	}

	static SessionState start() {
		return new SessionState(List.of(), Long.MIN_VALUE, false, FunnelProgress.START, CartProgress.START,
				SearchProgress.START);
	}

	boolean hasSeen(UUID eventId) {
		return this.recentEventIds.contains(eventId);
	}

	/** The instant the session ends if no event comes: last event plus the gap. */
	long endsAt(long gapMs) {
		return this.lastEventAt + gapMs;
	}

	/**
	 * This state after an event at {@code at}; the figures it changes go to
	 * {@code figures}. An event of an ended session (it happened before the end but
	 * arrived later) counts, but does not reopen it.
	 */
	SessionState after(StoreEvent event, long at, SessionFigures figures) {
		List<UUID> ids = new ArrayList<>(this.recentEventIds);
		ids.add(event.eventId());
		if (ids.size() > REMEMBERED_IDS) {
			ids.remove(0);
		}
		return new SessionState(ids, this.ended ? this.lastEventAt : Math.max(this.lastEventAt, at), this.ended,
				this.funnel.after(event, at, figures::funnel), this.cart.after(event, at, figures::cart),
				this.search.after(event, at, figures::search));
	}

	/**
	 * The session has ended at {@code endedAt}: what that decides goes to
	 * {@code figures}.
	 */
	SessionState end(long endedAt, SessionFigures figures) {
		return new SessionState(this.recentEventIds, this.lastEventAt, true, this.funnel,
				this.cart.ended(endedAt, figures::cart), this.search);
	}

}
