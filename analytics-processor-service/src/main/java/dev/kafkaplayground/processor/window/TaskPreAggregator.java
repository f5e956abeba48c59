package dev.kafkaplayground.processor.window;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.processor.figures.Tally;
import dev.kafkaplayground.processor.games.Games;

/**
 * Combines an input task's deltas per window before the shuffle, so that the records on
 * the repartition topic are bounded by tasks × open windows per second, whatever the
 * event rate.
 * <p>
 * Pending figures live in the {@link #STORE} store, one small entry per window and part,
 * so an event rewrites one small value, never a whole window: a delta about one game (a
 * view, a wishlist or cart add, a one-item purchase) goes whole to its game's part
 * ({@code <window>|game|<id>}), any other to the window's general part
 * ({@code <window>|sections}), except that a purchase of several games adds each game to
 * its own part. A flush adds all parts of a window up, so where a figure was filed does
 * not matter. The store is changelogged and the flush (forward, then delete) happens
 * inside a task's transaction, so under exactly-once a crash loses nothing and doubles
 * nothing. Everything pending is flushed every {@link WindowSettings#handOverInterval()}
 * (half the emit interval) of wall-clock time, and at once when this task's stream time
 * passes the end of a window or the end plus grace of a pending one: the window
 * aggregation then hears about a new minute or a due window without delay.
 */
final class TaskPreAggregator implements Processor<String, Tally, String, Tally> {

	static final String STORE = ProcessorNames.TASK_DELTAS_STORE;

	private static final String SECTIONS = "sections";

	private static final String GAME = "game|";

	private final MinuteWindows windows;

	private final Duration handOverInterval;

	private ProcessorContext<String, Tally> context;

	private KeyValueStore<String, Tally> pending;

	/**
	 * The same entries as {@link #pending}, as objects: every event reads a few parts,
	 * and reading them from the store would deserialize them each time. The store stays
	 * the durable copy; this one is rebuilt from it whenever the task is initialized.
	 */
	private Map<String, Tally> parts = new HashMap<>();

	/** Stream time at which to flush next, whatever the wall clock says. */
	private long flushAt = Long.MAX_VALUE;

	TaskPreAggregator(MinuteWindows windows, Duration handOverInterval) {
		this.windows = windows;
		this.handOverInterval = handOverInterval;
	}

	@Override
	public void init(ProcessorContext<String, Tally> context) {
		this.context = context;
		this.pending = context.getStateStore(STORE);
		this.parts = new HashMap<>();
		try (KeyValueIterator<String, Tally> all = this.pending.all()) {
			all.forEachRemaining((part) -> this.parts.put(part.key, part.value));
		}
		context.schedule(this.handOverInterval, PunctuationType.WALL_CLOCK_TIME, (now) -> flush());
	}

	@Override
	public void process(Record<String, Tally> record) {
		long window = this.windows.startOf(record.timestamp());
		Tally delta = record.value();
		Map<String, GameActivity> games = delta.games().byGame();
		if (games.size() == 1) {
			add(window + "|" + GAME + games.keySet().iterator().next(), delta);
		}
		else if (games.isEmpty()) {
			add(window + "|" + SECTIONS, delta);
		}
		else {
			add(window + "|" + SECTIONS, delta.withoutGames());
			games.forEach((gameId, activity) -> add(window + "|" + GAME + gameId,
					Tally.of(new Games(Map.of(gameId, activity)))));
		}
		long streamTime = this.context.currentStreamTimeMs();
		if (this.flushAt == Long.MAX_VALUE) {
			this.flushAt = this.windows.endOf(this.windows.startOf(streamTime));
		}
		this.flushAt = Math.min(this.flushAt, this.windows.endOf(window) + this.windows.grace().toMillis());
		if (streamTime >= this.flushAt) {
			flush();
		}
	}

	private void add(String part, Tally delta) {
		Tally sum = this.parts.get(part);
		sum = (sum != null) ? sum.plus(delta) : delta;
		this.parts.put(part, sum);
		this.pending.put(part, sum);
	}

	/** Forwards one combined delta per pending window and forgets them. */
	private void flush() {
		Map<Long, Tally> byWindow = new TreeMap<>();
		this.parts.forEach(
				(part, sum) -> byWindow.merge(Long.parseLong(part.substring(0, part.indexOf('|'))), sum, Tally::plus));
		long streamTime = this.context.currentStreamTimeMs();
		String task = this.context.taskId().toString();
		byWindow.forEach((window, delta) -> {
			// a timestamp inside the window: the aggregation files it there; the header
			// tells it how far this task has got
			long timestamp = Math.min(this.windows.endOf(window) - 1, Math.max(window, streamTime));
			this.context.forward(new Record<>(task, delta, timestamp,
					new RecordHeaders().add(InputProgress.STREAM_TIME_HEADER, InputProgress.header(streamTime))));
		});
		this.parts.keySet().forEach(this.pending::delete);
		this.parts.clear();
		this.flushAt = (streamTime >= 0) ? this.windows.endOf(this.windows.startOf(streamTime)) : Long.MAX_VALUE;
	}

}
