package dev.kafkaplayground.processor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kafkaplayground.processor.funnel.FunnelStage;

/**
 * What the processor remembers of one session.
 *
 * @param recentEventIds ids of the session's last {@link #REMEMBERED_IDS} events, to
 * recognise an event sent twice
 * @param firsts event time (epoch ms) of the session's first event of each
 * {@link FunnelStage}, in stage order, or null while not reached
 * @param lastEventAt highest event time of the session, epoch ms
 */
public record SessionState(List<UUID> recentEventIds, List<Long> firsts, long lastEventAt) {

	/** Enough for a whole visit of the simulated store (60 actions at most) and more. */
	static final int REMEMBERED_IDS = 100;

	public SessionState {
		recentEventIds = List.copyOf(recentEventIds);
		firsts = new ArrayList<>(firsts);
	}

	static SessionState start() {
		List<Long> none = new ArrayList<>();
		for (int i = 0; i < FunnelStage.values().length; i++) {
			none.add(null);
		}
		return new SessionState(List.of(), none, Long.MIN_VALUE);
	}

	boolean hasSeen(UUID eventId) {
		return this.recentEventIds.contains(eventId);
	}

	/** Event time of the session's first event of the stage, or null. */
	Long first(FunnelStage stage) {
		return this.firsts.get(stage.ordinal());
	}

	/**
	 * This state after an event at {@code timestamp}, new first of {@code stage} or not.
	 */
	SessionState after(UUID eventId, long timestamp, FunnelStage newFirst) {
		List<UUID> ids = new ArrayList<>(this.recentEventIds);
		ids.add(eventId);
		if (ids.size() > REMEMBERED_IDS) {
			ids.remove(0);
		}
		List<Long> stages = new ArrayList<>(this.firsts);
		if (newFirst != null) {
			stages.set(newFirst.ordinal(), timestamp);
		}
		return new SessionState(ids, stages, Math.max(this.lastEventAt, timestamp));
	}

}
