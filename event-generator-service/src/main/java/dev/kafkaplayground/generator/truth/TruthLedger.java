package dev.kafkaplayground.generator.truth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.generator.shopper.Generated;

/**
 * Keeps the ground truth of every minute that still has records on their way. The
 * publisher reports each record when it is handed to Kafka ({@link #expect}) and again
 * when the broker acknowledges or refuses it, so the ledger knows when a minute is
 * complete: its end has passed and nothing of it is pending (held-back late events
 * included). Thread-safe: the publishing thread and Kafka's I/O thread both report.
 */
public final class TruthLedger {

	/**
	 * How long after a minute's end it may become final: events stamped in its last
	 * instant may still be on their way into the ledger.
	 */
	static final Duration SETTLE = Duration.ofSeconds(2);

	private static final long MINUTE_MILLIS = 60_000;

	private final Map<Long, MinuteTally> minutes = new TreeMap<>();

	/** The start, in epoch milliseconds, of the minute holding the instant. */
	public static long minuteOf(Instant instant) {
		return Math.floorDiv(instant.toEpochMilli(), MINUTE_MILLIS) * MINUTE_MILLIS;
	}

	/**
	 * A record counted in {@code minute} is on its way (sent, or held back to be sent
	 * late).
	 */
	public synchronized void expect(long minute) {
		this.minutes.computeIfAbsent(minute, (start) -> new MinuteTally(Instant.ofEpochMilli(start))).expect();
	}

	/** The broker acknowledged a valid event. */
	public synchronized void acknowledged(Generated generated, boolean wasLate) {
		tally(minuteOf(generated.event().occurredAt())).acknowledged(generated, wasLate);
	}

	/**
	 * The broker acknowledged a record re-sent with the id of an event of {@code minute}.
	 */
	public synchronized void duplicateAcknowledged(long minute) {
		tally(minute).duplicateAcknowledged();
	}

	/** The broker acknowledged an invalid record sent during {@code minute}. */
	public synchronized void poisonAcknowledged(long minute) {
		tally(minute).poisonAcknowledged();
	}

	/** A record of {@code minute} could not be sent: it counts nowhere. */
	public synchronized void failed(long minute) {
		tally(minute).failed();
	}

	/**
	 * The records to publish now: the final figures of every complete minute (which the
	 * ledger then forgets) and updates of open minutes that changed.
	 * @param now the wall-clock time
	 * @param closeAll whether no more events will come at all (shutdown): every minute
	 * with nothing pending is then complete
	 */
	public synchronized List<MinuteTruth> collect(Instant now, boolean closeAll) {
		List<MinuteTruth> records = new ArrayList<>();
		long closedBefore = now.minus(SETTLE).toEpochMilli() - MINUTE_MILLIS;
		Iterator<Map.Entry<Long, MinuteTally>> entries = this.minutes.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<Long, MinuteTally> entry = entries.next();
			MinuteTally tally = entry.getValue();
			boolean ended = closeAll || entry.getKey() <= closedBefore;
			if (ended && tally.isSettled()) {
				records.add(tally.snapshot(true));
				entries.remove();
			}
			else if (tally.hasChanged()) {
				records.add(tally.snapshot(false));
			}
		}
		return records;
	}

	/** Minutes not yet final. */
	public synchronized int openMinutes() {
		return this.minutes.size();
	}

	private MinuteTally tally(long minute) {
		MinuteTally tally = this.minutes.get(minute);
		if (tally == null) {
			throw new IllegalStateException("no record of minute " + Instant.ofEpochMilli(minute) + " was expected");
		}
		return tally;
	}

}
