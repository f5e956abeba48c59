package dev.kafkaplayground.processor.window;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The window aggregation's event-time clock, built from how far each input task has got.
 * Every input task hands over its figures with its own stream time (header
 * {@value #STREAM_TIME_HEADER}); windows close on the <b>lowest</b> of them, so a task
 * that falls behind (its instance crashed and its partitions wait for a new owner, or it
 * replays a backlog more slowly) holds the windows open instead of seeing its events
 * dropped as late. A task that has handed over nothing for {@code stalledAfter} of wall
 * clock time no longer holds them. The time windows have been closed through only moves
 * forward; it and each task's progress are kept in the
 * {@link WindowMetricsProcessor#CLOCK_STORE} store, so a restart neither reopens a closed
 * window nor closes an open one.
 * <p>
 * Until every expected input task has been heard of, nothing closes (for at most
 * {@code stalledAfter}): with an empty store, after a first start or a reset that wiped
 * the state, the lowest stream time of the tasks heard of so far is that of the first
 * task alone, and closing on it would drop the other tasks' replayed events as late.
 */
final class InputProgress {

	/** Header of a pre-aggregated delta: its input task's stream time, 8 bytes. */
	static final String STREAM_TIME_HEADER = "input.stream-time";

	/** Key, in the clock store, of the time windows are closed through. */
	static final String CLOSED_THROUGH = "closed-through";

	private static final String TASK = "task|";

	private static final long NOT_STARTED = Long.MIN_VALUE;

	private final KeyValueStore<String, Long> clock;

	private final long stalledAfterMs;

	private final int expectedTasks;

	/**
	 * Wall-clock time of the first delta since this task was initialized. Kafka Streams
	 * gives processors no wall-clock time during {@code init} (it reports 0), so the
	 * clock starts with the first record.
	 */
	private long startedAt = NOT_STARTED;

	/** Per input task: its stream time and the wall-clock time it was last heard of. */
	private final Map<String, long[]> tasks = new HashMap<>();

	private long closedThrough;

	InputProgress(KeyValueStore<String, Long> clock, long stalledAfterMs, int expectedTasks) {
		this.clock = clock;
		this.stalledAfterMs = stalledAfterMs;
		this.expectedTasks = expectedTasks;
		Long closed = clock.get(CLOSED_THROUGH);
		this.closedThrough = (closed != null) ? closed : Long.MIN_VALUE;
		try (KeyValueIterator<String, Long> all = clock.all()) {
			while (all.hasNext()) {
				KeyValue<String, Long> entry = all.next();
				if (entry.key.startsWith(TASK)) {
					// heard of when this task starts: a restart is no reason to call them
					// stalled
					this.tasks.put(entry.key.substring(TASK.length()), new long[] { entry.value, NOT_STARTED });
				}
			}
		}
	}

	/** The stream time of the task that sent a delta: its header, else its timestamp. */
	static long streamTimeOf(Headers headers, long timestamp) {
		Header header = headers.lastHeader(STREAM_TIME_HEADER);
		long streamTime = (header != null && header.value().length == 8) ? ByteBuffer.wrap(header.value()).getLong()
				: Long.MIN_VALUE;
		return Math.max(streamTime, timestamp);
	}

	static byte[] header(long streamTime) {
		return ByteBuffer.allocate(8).putLong(streamTime).array();
	}

	/** The task has got to {@code streamTime}, as heard at wall-clock {@code now}. */
	void heard(String task, long streamTime, long now) {
		start(now);
		long[] progress = this.tasks.computeIfAbsent(task, (id) -> new long[] { Long.MIN_VALUE, now });
		progress[1] = now;
		if (streamTime > progress[0]) {
			progress[0] = streamTime;
			this.clock.put(TASK + task, streamTime);
		}
	}

	/**
	 * Moves the closing time to the lowest stream time of the tasks not stalled at
	 * wall-clock {@code now}, if that is later, and returns it. Before every expected
	 * task has been heard of, and for at most the stalled timeout, it stays where it is.
	 */
	long advance(long now) {
		start(now);
		if (this.tasks.size() < this.expectedTasks && now - this.startedAt < this.stalledAfterMs) {
			return this.closedThrough;
		}
		long lowest = Long.MAX_VALUE;
		for (long[] progress : this.tasks.values()) {
			if (now - progress[1] < this.stalledAfterMs) {
				lowest = Math.min(lowest, progress[0]);
			}
		}
		if (lowest != Long.MAX_VALUE && lowest > this.closedThrough) {
			this.closedThrough = lowest;
			this.clock.put(CLOSED_THROUGH, lowest);
		}
		return this.closedThrough;
	}

	private void start(long now) {
		if (this.startedAt == NOT_STARTED) {
			this.startedAt = now;
			this.tasks.values().forEach((progress) -> progress[1] = now);
		}
	}

	/**
	 * The event time windows are closed through: a window ending by it minus grace is.
	 */
	long closedThrough() {
		return this.closedThrough;
	}

}
