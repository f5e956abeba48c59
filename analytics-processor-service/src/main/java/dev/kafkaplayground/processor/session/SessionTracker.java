package dev.kafkaplayground.processor.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.processor.funnel.FunnelStage;
import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;
import dev.kafkaplayground.processor.window.Tally;

/**
 * Turns each event into its figures, using what the session did before. The input task
 * that owns a session's partition sees all its events (the five store topics share
 * partitions and key), so the state lives right here, in the {@link #STORE} store.
 * <ul>
 * <li>An event whose id the session already had is a duplicate: dropped and counted
 * ({@code duplicates-dropped}).</li>
 * <li>The session's first event of a funnel stage counts one for that stage in its
 * window. If an event of the stage arrives that happened earlier than the one counted
 * (out of order), the count moves: minus one in the old window, plus one in the
 * event's.</li>
 * <li>A session without events for the session gap (event time) has ended; its state is
 * forgotten a grace period later, so state stays bounded.</li>
 * </ul>
 */
final class SessionTracker implements Processor<String, StoreEvent, String, Tally> {

	static final String STORE = ProcessorNames.SESSIONS_STORE;

	/** Yields {@code duplicates-dropped-total} and {@code -rate}. */
	static final String DUPLICATES_DROPPED = "duplicates-dropped";

	private static final Duration EXPIRY_CHECK = Duration.ofSeconds(10);

	private final long retentionMs;

	private ProcessorContext<String, Tally> context;

	private KeyValueStore<String, SessionState> sessions;

	private Sensor duplicatesDropped;

	SessionTracker(Duration sessionGap, Duration grace) {
		this.retentionMs = sessionGap.plus(grace).toMillis();
	}

	@Override
	public void init(ProcessorContext<String, Tally> context) {
		this.context = context;
		this.sessions = context.getStateStore(STORE);
		this.duplicatesDropped = context.metrics()
			.addRateTotalSensor("analytics", context.taskId().toString(), DUPLICATES_DROPPED,
					Sensor.RecordingLevel.INFO);
		context.schedule(EXPIRY_CHECK, PunctuationType.STREAM_TIME, this::forgetEndedSessions);
	}

	@Override
	public void process(Record<String, StoreEvent> record) {
		StoreEvent event = record.value();
		SessionState state = this.sessions.get(record.key());
		state = (state != null) ? state : SessionState.start();
		if (state.hasSeen(event.eventId())) {
			this.duplicatesDropped.record();
			return;
		}
		long at = record.timestamp();
		FunnelStage stage = FunnelStage.of(event).orElse(null);
		Long counted = (stage != null) ? state.first(stage) : null;
		boolean newFirst = stage != null && (counted == null || at < counted);
		Funnel funnel = newFirst ? stage.one() : Funnel.EMPTY;
		this.context.forward(record.withValue(Tally.of(event, funnel)));
		if (newFirst && counted != null) {
			this.context.forward(
					new Record<>(record.key(), new Tally(Traffic.NONE, stage.one().negated(), Games.NONE), counted));
		}
		this.sessions.put(record.key(), state.after(event.eventId(), at, newFirst ? stage : null));
	}

	private void forgetEndedSessions(long streamTime) {
		List<String> ended = new ArrayList<>();
		try (KeyValueIterator<String, SessionState> all = this.sessions.all()) {
			while (all.hasNext()) {
				KeyValue<String, SessionState> session = all.next();
				if (session.value.lastEventAt() + this.retentionMs < streamTime) {
					ended.add(session.key);
				}
			}
		}
		ended.forEach(this.sessions::delete);
	}

	@Override
	public void close() {
		this.context.metrics().removeSensor(this.duplicatesDropped);
	}

}
