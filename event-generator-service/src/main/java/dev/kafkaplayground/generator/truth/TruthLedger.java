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
 * Keeps the ground truth of every minute that still has records on their way. A record
 * counts when it is handed to Kafka (or held back to be sent late) and is taken out again
 * if it fails, so once nothing of a minute is pending its figures are exactly those of
 * the acknowledged records; the broker's acknowledgement itself costs one counter
 * decrement, which keeps the producer's I/O thread free. A minute is complete when its
 * end has passed and nothing of it is pending. Thread-safe.
 */
public final class TruthLedger {

	/**
	 * How long after a minute's end it may become final: events stamped in its last
	 * instant may still be on their way into the ledger.
	 */
	static final Duration SETTLE = Duration.ofSeconds(2);

	private static final long MINUTE_MILLIS = 60_000;

	private final Map<Long, MinuteTally> minutes = new TreeMap<>();

	/** The minute counted last, which nearly every next record belongs to as well. */
	private long lastMinute = Long.MIN_VALUE;

	private MinuteTally lastTally;

	/** The start, in epoch milliseconds, of the minute holding the instant. */
	public static long minuteOf(Instant instant) {
		return minuteOf(instant.toEpochMilli());
	}

	/** The start, in epoch milliseconds, of the minute holding the epoch millisecond. */
	public static long minuteOf(long epochMillis) {
		return Math.floorDiv(epochMillis, MINUTE_MILLIS) * MINUTE_MILLIS;
	}

	/**
	 * A valid event is handed to Kafka or held back; report its outcome to the handle.
	 */
	public synchronized MinuteTally event(Generated generated, boolean late) {
		MinuteTally tally = tally(minuteOf(generated.event().occurredAt()));
		tally.count(generated, late, 1);
		tally.sending();
		return tally;
	}

	/** A record re-sent with the id of an event of {@code minute} is handed to Kafka. */
	public synchronized MinuteTally duplicate(long minute) {
		MinuteTally tally = tally(minute);
		tally.countDuplicate(1);
		tally.sending();
		return tally;
	}

	/** An invalid record is handed to Kafka during {@code minute}. */
	public synchronized MinuteTally poisonPill(long minute) {
		MinuteTally tally = tally(minute);
		tally.countPoisonPill(1);
		tally.sending();
		return tally;
	}

	/** The broker acknowledged a record counted in {@code tally}. */
	public void acknowledged(MinuteTally tally) {
		tally.done();
	}

	/** A valid event could not be sent: it counts nowhere. */
	public synchronized void eventFailed(MinuteTally tally, Generated generated, boolean late) {
		tally.count(generated, late, -1);
		tally.done();
	}

	/** A duplicate could not be sent. */
	public synchronized void duplicateFailed(MinuteTally tally) {
		tally.countDuplicate(-1);
		tally.done();
	}

	/** A poison pill could not be sent. */
	public synchronized void poisonPillFailed(MinuteTally tally) {
		tally.countPoisonPill(-1);
		tally.done();
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
				if (tally == this.lastTally) {
					this.lastMinute = Long.MIN_VALUE;
					this.lastTally = null;
				}
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
		if (minute != this.lastMinute) {
			this.lastTally = this.minutes.computeIfAbsent(minute,
					(start) -> new MinuteTally(Instant.ofEpochMilli(start)));
			this.lastMinute = minute;
		}
		return this.lastTally;
	}

}
