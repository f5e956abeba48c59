package dev.kafkaplayground.processor.session;

import java.time.Duration;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.kafkaplayground.processor.AnalyticsSensors;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * Turns each event into its figures, using what the session did before. The input task
 * that owns a session's partition sees all its events (the five store topics share
 * partitions and key), so the state lives right here, in the {@link #STORE} store.
 * <ul>
 * <li>An event whose id the session already had is a duplicate: dropped and counted
 * ({@code duplicates-dropped}).</li>
 * <li>Each metric family ({@code funnel}, {@code cart}, {@code search}) turns the event
 * and its view of the session into section counts, each at the event time it counts at
 * ({@link SessionFigures}).</li>
 * <li>A session ends when the task's stream time reaches its last event plus the session
 * gap: the families hear of it (cart abandonment) at that instant, and its state is
 * forgotten a grace period later, so state stays bounded. Sessions come due in the
 * {@link #EXPIRY_STORE} index ({@link SessionExpiries}), checked with one comparison per
 * record: stream time only moves when a record arrives, so no punctuator could notice an
 * end sooner.</li>
 * </ul>
 */
final class SessionTracker implements Processor<String, StoreEvent, String, Tally> {

	static final String STORE = ProcessorNames.SESSIONS_STORE;

	static final String EXPIRY_STORE = ProcessorNames.SESSION_EXPIRY_STORE;

	private final long gapMs;

	private final long graceMs;

	private ProcessorContext<String, Tally> context;

	private KeyValueStore<String, SessionState> sessions;

	private SessionExpiries expiries;

	private Sensor duplicatesDropped;

	SessionTracker(Duration sessionGap, Duration grace) {
		this.gapMs = sessionGap.toMillis();
		this.graceMs = grace.toMillis();
	}

	@Override
	public void init(ProcessorContext<String, Tally> context) {
		this.context = context;
		this.sessions = context.getStateStore(STORE);
		KeyValueStore<Bytes, byte[]> index = context.getStateStore(EXPIRY_STORE);
		this.expiries = new SessionExpiries(index);
		this.duplicatesDropped = AnalyticsSensors.DUPLICATES_DROPPED.addTo(context);
	}

	@Override
	public void process(Record<String, StoreEvent> record) {
		StoreEvent event = record.value();
		long at = record.timestamp();
		SessionState state = this.sessions.get(record.key());
		if (state == null || (state.ended() && at >= state.endsAt(this.gapMs))) {
			// a new session, or the same id after the last one ended
			state = SessionState.start();
			this.expiries.schedule(record.key(), at + this.gapMs);
		}
		if (state.hasSeen(event.eventId())) {
			this.duplicatesDropped.record();
			return;
		}
		SessionFigures figures = new SessionFigures(at);
		SessionState next = state.after(event, at, figures);
		figures.forward(this.context, record.key(), event);
		this.sessions.put(record.key(), next);
		endDueSessions(this.context.currentStreamTimeMs());
	}

	private void endDueSessions(long streamTime) {
		for (String sessionId : this.expiries.takeDue(streamTime)) {
			SessionState state = this.sessions.get(sessionId);
			if (state == null) {
				continue;
			}
			long endsAt = state.endsAt(this.gapMs);
			if (!state.ended() && endsAt <= streamTime) {
				SessionFigures figures = new SessionFigures(endsAt);
				this.sessions.put(sessionId, state.end(endsAt, figures));
				figures.forward(this.context, sessionId, null);
				this.expiries.schedule(sessionId, endsAt + this.graceMs);
			}
			else if (state.ended() && endsAt + this.graceMs <= streamTime) {
				this.sessions.delete(sessionId);
			}
			else {
				// the session went on since it was scheduled
				this.expiries.schedule(sessionId, state.ended() ? endsAt + this.graceMs : endsAt);
			}
		}
	}

	@Override
	public void close() {
		this.context.metrics().removeSensor(this.duplicatesDropped);
	}

}
