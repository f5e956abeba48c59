package dev.kafkaplayground.processor.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.processor.AnalyticsSensors;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.ProcessorNames;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * Keeps every open window's {@link Tally} in the {@link #STORE} store (window start in
 * epoch milliseconds to running state) and is the only writer of metrics records, so a
 * window's updates always precede its final record.
 * <ul>
 * <li>Each delta is added to the window of its timestamp, unless that window is already
 * closed: then it is late, dropped and counted.</li>
 * <li>Every {@code emitInterval} of wall-clock time, each window changed since the last
 * emission is published with {@code final=false}.</li>
 * <li>As soon as every input task's stream time has reached a window's end plus grace
 * ({@link InputProgress}), the window is published once with {@code final=true} and
 * removed from the store.</li>
 * </ul>
 */
final class WindowMetricsProcessor implements Processor<String, Tally, String, WindowMetrics> {

	static final String STORE = ProcessorNames.WINDOW_METRICS_STORE;

	/** The aggregation's own stream time ({@link InputProgress}). */
	static final String CLOCK_STORE = ProcessorNames.WINDOW_CLOCK_STORE;

	private static final Logger logger = LoggerFactory.getLogger(WindowMetricsProcessor.class);

	private final MinuteWindows windows;

	private final Duration emitInterval;

	private ProcessorContext<String, WindowMetrics> context;

	private KeyValueStore<Long, WindowState> store;

	/** Each input task's progress, and how far windows are closed. */
	private InputProgress progress;

	private Sensor lateRecordsDropped;

	/**
	 * Start of the earliest window in the store, or null when none is open: one
	 * comparison per record tells whether anything is due to close.
	 */
	private Long earliestOpenStart;

	private final Duration stalledAfter;

	private final int inputTasks;

	WindowMetricsProcessor(MinuteWindows windows, Duration emitInterval, Duration stalledAfter, int inputTasks) {
		this.windows = windows;
		this.emitInterval = emitInterval;
		this.stalledAfter = stalledAfter;
		this.inputTasks = inputTasks;
	}

	@Override
	public void init(ProcessorContext<String, WindowMetrics> context) {
		this.context = context;
		this.store = context.getStateStore(STORE);
		KeyValueStore<String, Long> clock = context.getStateStore(CLOCK_STORE);
		this.progress = new InputProgress(clock, this.stalledAfter.toMillis(), this.inputTasks);
		this.lateRecordsDropped = AnalyticsSensors.LATE_RECORDS_DROPPED.addTo(context);
		this.earliestOpenStart = earliestStart(openWindows());
		context.schedule(this.emitInterval, PunctuationType.WALL_CLOCK_TIME, (now) -> publishChanges());
	}

	@Override
	public void process(Record<String, Tally> record) {
		long start = this.windows.startOf(record.timestamp());
		long closedThrough = this.progress.closedThrough();
		if (this.windows.isClosed(start, closedThrough)) {
			dropLate(record, start, closedThrough);
		}
		else {
			add(start, record.value());
		}
		long now = this.context.currentSystemTimeMs();
		this.progress.heard(record.key(), InputProgress.streamTimeOf(record.headers(), record.timestamp()), now);
		closeDueWindows(this.progress.advance(now));
	}

	@Override
	public void close() {
		this.context.metrics().removeSensor(this.lateRecordsDropped);
	}

	private void add(long start, Tally delta) {
		WindowState state = this.store.get(start);
		state = (state != null) ? state.add(delta) : WindowState.first(delta);
		long now = this.context.currentSystemTimeMs();
		if (now - state.publishedAt() >= this.emitInterval.toMillis()) {
			// figures come about once a second per input task: publish without waiting
			forward(start, state.tally(), false);
			state = state.published(now);
		}
		this.store.put(start, state);
		if (this.earliestOpenStart == null || start < this.earliestOpenStart) {
			this.earliestOpenStart = start;
		}
	}

	/**
	 * Counts the delta's events as dropped in the window of the aggregation's stream
	 * time: that window is always open, and it is where a reader watching the live
	 * windows sees the drop happen.
	 */
	private void dropLate(Record<String, Tally> record, long start, long streamTime) {
		long events = record.value().traffic().total();
		// the sensor's total counts recordings, and the metric counts events
		for (long i = 0; i < events; i++) {
			this.lateRecordsDropped.record();
		}
		if (events > 0) {
			add(this.windows.startOf(streamTime), Tally.of(new Late(events)));
		}
		logger.debug("Dropped {} late events up to {}: window {} closed at stream time {}", events,
				EventTime.format(Instant.ofEpochMilli(record.timestamp())), format(start),
				EventTime.format(Instant.ofEpochMilli(streamTime)));
	}

	private void publishChanges() {
		closeDueWindows(this.progress.advance(this.context.currentSystemTimeMs()));
		for (KeyValue<Long, WindowState> window : openWindows()) {
			if (window.value.unpublished()) {
				forward(window.key, window.value.tally(), false);
				this.store.put(window.key, window.value.published(this.context.currentSystemTimeMs()));
			}
		}
	}

	private void closeDueWindows(long streamTime) {
		if (this.earliestOpenStart == null || !this.windows.isClosed(this.earliestOpenStart, streamTime)) {
			return;
		}
		List<KeyValue<Long, WindowState>> stillOpen = new ArrayList<>();
		for (KeyValue<Long, WindowState> window : openWindows()) {
			if (this.windows.isClosed(window.key, streamTime)) {
				forward(window.key, window.value.tally(), true);
				this.store.delete(window.key);
			}
			else {
				stillOpen.add(window);
			}
		}
		this.earliestOpenStart = earliestStart(stillOpen);
	}

	private void forward(long start, Tally tally, boolean isFinal) {
		long now = this.context.currentSystemTimeMs();
		WindowMetrics metrics = tally.toMetrics(Instant.ofEpochMilli(start),
				Instant.ofEpochMilli(this.windows.endOf(start)), isFinal, Instant.ofEpochMilli(now));
		this.context.forward(new Record<>(format(start), metrics, now));
	}

	/** A copy, in window order, so callers may change the store while walking it. */
	private List<KeyValue<Long, WindowState>> openWindows() {
		List<KeyValue<Long, WindowState>> open = new ArrayList<>();
		try (KeyValueIterator<Long, WindowState> all = this.store.all()) {
			all.forEachRemaining(open::add);
		}
		open.sort(Comparator.comparing((window) -> window.key));
		return open;
	}

	/** The first start of windows in window order, or null if there are none. */
	private static Long earliestStart(List<KeyValue<Long, WindowState>> windows) {
		return windows.isEmpty() ? null : windows.get(0).key;
	}

	private static String format(long epochMs) {
		return EventTime.format(Instant.ofEpochMilli(epochMs));
	}

}
