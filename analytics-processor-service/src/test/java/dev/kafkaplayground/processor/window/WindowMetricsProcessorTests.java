package dev.kafkaplayground.processor.window;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.processor.games.Games;
import dev.kafkaplayground.processor.traffic.Traffic;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.figures.Tally;

import static org.assertj.core.api.Assertions.assertThat;

class WindowMetricsProcessorTests {

	private static final Duration GRACE = Duration.ofSeconds(30);

	private static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

	private static final String TASK = "0_0";

	private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

	private static final Tally VIEW = new Tally(new Traffic(Map.of(EventType.GAME_PAGE_VIEWED, 1L), 0, 0), null, null,
			null, null, null);

	private static final Tally PURCHASE = new Tally(new Traffic(Map.of(EventType.PURCHASE, 1L), 2500, 1), null, null,
			null, null, null);

	private final MockProcessorContext<String, WindowMetrics> context = new MockProcessorContext<>();

	private final KeyValueStore<Long, WindowState> store = WindowMetricsProcessorSupplier.storeBuilder()
		.withCachingDisabled()
		.withLoggingDisabled()
		.build();

	private final KeyValueStore<String, Long> clock = WindowMetricsProcessorSupplier.clockStoreBuilder()
		.withLoggingDisabled()
		.build();

	private static final Duration STALLED_AFTER = Duration.ofSeconds(60);

	private WindowMetricsProcessor processor = processorHearingFrom(1);

	@BeforeEach
	void initProcessor() {
		this.store.init(this.context.getStateStoreContext(), this.store);
		this.context.addStateStore(this.store);
		this.clock.init(this.context.getStateStoreContext(), this.clock);
		this.context.addStateStore(this.clock);
		this.context.setCurrentSystemTimeMs(NOON.toEpochMilli());
		this.context.setCurrentStreamTimeMs(0);
	}

	@Test
	void shouldScheduleAWallClockPunctuationEveryEmitInterval() {
		this.processor.init(this.context);

		CapturedPunctuator punctuator = this.context.scheduledPunctuators().get(0);
		assertThat(punctuator.getInterval()).isEqualTo(EMIT_INTERVAL);
		assertThat(punctuator.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
	}

	@Test
	void shouldAddDeltasToTheWindowOfTheirTimestampAndPublishAtMostOncePerInterval() {
		this.processor.init(this.context);

		process(VIEW, "12:00:01");
		assertThat(forwardedMetrics()).as("the first delta is published at once")
			.singleElement()
			.satisfies((metrics) -> {
				assertThat(metrics.isFinal()).isFalse();
				assertThat(metrics.totalEvents()).isOne();
			});
		this.context.resetForwards();
		process(PURCHASE, "12:00:59.999");
		process(VIEW, "12:01:00");

		long now = NOON.toEpochMilli();
		assertThat(this.store.get(NOON.toEpochMilli())).as("changed again within the same emit interval")
			.isEqualTo(new WindowState(VIEW.plus(PURCHASE), true, now));
		assertThat(this.store.get(at("12:01:00").toEpochMilli())).isEqualTo(new WindowState(VIEW, false, now));
		assertThat(forwardedMetrics()).extracting(WindowMetrics::windowStart).containsExactly(at("12:01:00"));
	}

	@Test
	void shouldPublishOnlyChangedWindowsOnPunctuation() {
		this.processor.init(this.context);
		// both published at once, at wall-clock 12:00:00
		process(VIEW, "12:00:01");
		process(VIEW, "12:01:01");
		this.context.resetForwards();

		// within the same emit interval: waits for the punctuation
		process(PURCHASE, "12:01:05");
		assertThat(this.context.forwarded()).isEmpty();
		punctuate("12:01:03");

		List<WindowMetrics> published = forwardedMetrics();
		assertThat(published).singleElement().satisfies((metrics) -> {
			assertThat(metrics.windowStart()).isEqualTo(at("12:01:00"));
			assertThat(metrics.isFinal()).isFalse();
			assertThat(metrics.orders()).isOne();
			assertThat(metrics.updatedAt()).isEqualTo(at("12:01:03"));
		});
		assertThat(this.store.get(at("12:01:00").toEpochMilli()).unpublished()).isFalse();
	}

	@Test
	void shouldPublishFinalAndForgetTheWindowWhenStreamTimeReachesEndPlusGrace() {
		this.processor.init(this.context);
		process(VIEW, "12:00:01");
		process(VIEW, "12:01:29.999");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		this.context.resetForwards();

		process(VIEW, "12:01:30");

		assertThat(this.context.forwarded()).singleElement().satisfies((forwarded) -> {
			assertThat(forwarded.record().key()).isEqualTo("2026-11-24T12:00:00.000Z");
			assertThat(forwarded.record().value().isFinal()).isTrue();
			assertThat(forwarded.record().value().totalEvents()).isOne();
		});
		assertThat(this.store.get(NOON.toEpochMilli())).isNull();
	}

	@Test
	void shouldDropDeltasForClosedWindowsAndCountTheirEventsInTheOpenWindow() {
		this.processor.init(this.context);
		process(VIEW, "12:00:01");
		process(VIEW, "12:01:30");
		this.context.resetForwards();

		process(PURCHASE.plus(PURCHASE), "12:00:30");
		punctuate("12:01:31");

		assertThat(this.store.get(NOON.toEpochMilli())).isNull();
		assertThat(forwardedMetrics()).as("only the window of stream time changed").singleElement().satisfies((m) -> {
			assertThat(m.windowStart()).isEqualTo(at("12:01:00"));
			assertThat(m.late()).isEqualTo(new Late(2));
			assertThat(m.orders()).isZero();
			assertThat(m.totalEvents()).isOne();
		});
		assertThat(lateRecordsDropped()).isEqualTo(2.0);
	}

	@Test
	void shouldJudgeLatenessByTheDeltasItProcessedNotByRecordsStillQueued() {
		this.processor.init(this.context);
		process(VIEW, "12:01:20");
		this.context.resetForwards();
		// Kafka Streams' stream time already counts the next queued delta (12:01:30)
		this.context.setCurrentStreamTimeMs(at("12:01:30").toEpochMilli());
		this.processor.process(new Record<>(TASK, VIEW, at("12:00:59.999").toEpochMilli()));
		assertThat(lateRecordsDropped()).isZero();
		process(VIEW, "12:01:30");
		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal)
			.singleElement()
			.satisfies((metrics) -> assertThat(metrics.totalEvents()).isOne());
	}

	@Test
	void shouldCloseWindowsRestoredFromTheStoreOnPunctuation() {
		this.store.put(NOON.toEpochMilli(), new WindowState(PURCHASE, false, 0));
		this.clock.put(InputProgress.CLOSED_THROUGH, at("12:05:00").toEpochMilli());
		this.processor.init(this.context);

		punctuate("12:05:01");

		assertThat(forwardedMetrics()).singleElement().satisfies((metrics) -> {
			assertThat(metrics.isFinal()).isTrue();
			assertThat(metrics.revenueCents()).isEqualTo(2500);
		});
		assertThat(this.store.approximateNumEntries()).isZero();
	}

	@Test
	void shouldHoldWindowsOpenForTheSlowestInputTaskUntilItStalls() {
		this.processor.init(this.context);
		fromTask("0_1", VIEW, "12:00:10", "12:00:10");
		fromTask("0_2", VIEW, "12:00:20", "12:00:20");
		// task 0_1 runs far ahead; 0_2 (its instance crashed, say) hands over nothing
		// more
		fromTask("0_1", VIEW, "12:02:00", "12:02:00");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);

		// its partitions found a new owner, which hands over what was still to come
		this.context.setCurrentSystemTimeMs(NOON.plusSeconds(45).toEpochMilli());
		fromTask("0_2", PURCHASE, "12:00:50", "12:00:50");
		assertThat(lateRecordsDropped()).isZero();
		fromTask("0_2", VIEW, "12:01:31", "12:01:31");
		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal)
			.singleElement()
			.satisfies((metrics) -> assertThat(metrics.revenueCents()).isEqualTo(2500));
	}

	@Test
	void shouldCloseWithoutAnInputTaskThatHandedOverNothingForTheStalledTimeout() {
		this.processor.init(this.context);
		fromTask("0_1", VIEW, "12:00:10", "12:00:10");
		fromTask("0_2", VIEW, "12:00:20", "12:00:20");
		this.context.setCurrentSystemTimeMs(NOON.plusSeconds(30).toEpochMilli());
		fromTask("0_1", VIEW, "12:02:00", "12:02:00");

		// wall clock: 0_2 was last heard of at 12:00:00
		punctuate("12:00:59.999");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		punctuate("12:01:00");
		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal)
			.extracting(WindowMetrics::windowStart)
			.containsExactly(NOON);
	}

	@Test
	void shouldKeepWindowsOpenOnAFreshStartUntilEveryInputTaskHasBeenHeardOf() {
		// state wiped after a reset: three input tasks replay the same minutes
		this.processor = processorHearingFrom(3);
		initAsKafkaStreamsDoes();
		fromTask("0_0", VIEW, "12:00:10", "12:02:00");
		fromTask("0_1", PURCHASE, "12:00:20", "12:00:20");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		assertThat(lateRecordsDropped()).isZero();

		fromTask("0_2", VIEW, "12:01:40", "12:01:40");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		fromTask("0_1", VIEW, "12:01:45", "12:01:45");
		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal).singleElement().satisfies((metrics) -> {
			assertThat(metrics.windowStart()).isEqualTo(NOON);
			assertThat(metrics.revenueCents()).isEqualTo(2500);
		});
	}

	@Test
	void shouldCloseWithTheTasksHeardOfOnceTheStalledTimeoutHasPassedSinceAFreshStart() {
		this.processor = processorHearingFrom(3);
		initAsKafkaStreamsDoes();
		fromTask("0_0", VIEW, "12:00:10", "12:02:00");

		punctuate("12:00:59.999");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		this.context.setCurrentSystemTimeMs(NOON.plusSeconds(30).toEpochMilli());
		fromTask("0_0", VIEW, "12:02:01", "12:02:01");
		punctuate("12:01:00");
		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal)
			.extracting(WindowMetrics::windowStart)
			.containsExactly(NOON);
	}

	@Test
	void shouldHoldWindowsOpenForTheInputTasksItRemembersAfterARestart() {
		this.processor = processorHearingFrom(3);
		this.processor.init(this.context);
		fromTask("0_0", VIEW, "12:00:10", "12:00:10");
		fromTask("0_1", VIEW, "12:00:20", "12:00:20");
		fromTask("0_2", VIEW, "12:00:30", "12:00:30");
		this.processor.close();

		// the same task, started again an hour later: its stores are restored
		this.context.resetForwards();
		this.context.setCurrentSystemTimeMs(NOON.plusSeconds(3600).toEpochMilli());
		this.processor = processorHearingFrom(3);
		initAsKafkaStreamsDoes();
		fromTask("0_0", VIEW, "12:00:40", "12:02:00");
		assertThat(forwardedMetrics()).noneMatch(WindowMetrics::isFinal);
		assertThat(lateRecordsDropped()).isZero();
	}

	@Test
	void shouldTakeAnInputTasksStreamTimeFromItsHeader() {
		this.processor.init(this.context);
		fromTask("0_1", VIEW, "12:00:10", "12:01:30");

		assertThat(forwardedMetrics()).filteredOn(WindowMetrics::isFinal)
			.singleElement()
			.satisfies((metrics) -> assertThat(metrics.totalEvents()).isOne());
	}

	/**
	 * Kafka Streams reports no wall-clock time to a processor's {@code init}: 0. The mock
	 * context's time is set back once {@code init} is done.
	 */
	private void initAsKafkaStreamsDoes() {
		long now = this.context.currentSystemTimeMs();
		this.context.setCurrentSystemTimeMs(0);
		this.processor.init(this.context);
		this.context.setCurrentSystemTimeMs(now);
	}

	private static WindowMetricsProcessor processorHearingFrom(int inputTasks) {
		return new WindowMetricsProcessor(new MinuteWindows(GRACE), EMIT_INTERVAL, STALLED_AFTER, inputTasks);
	}

	private void fromTask(String task, Tally delta, String timeOfDay, String taskStreamTime) {
		long streamTime = at(taskStreamTime).toEpochMilli();
		this.processor.process(new Record<>(task, delta, at(timeOfDay).toEpochMilli(),
				new RecordHeaders().add(InputProgress.STREAM_TIME_HEADER, InputProgress.header(streamTime))));
	}

	private void process(Tally delta, String timeOfDay) {
		long timestamp = at(timeOfDay).toEpochMilli();
		// Kafka Streams advances stream time before it hands the record over.
		this.context.setCurrentStreamTimeMs(Math.max(this.context.currentStreamTimeMs(), timestamp));
		this.processor.process(new Record<>(TASK, delta, timestamp));
	}

	private void punctuate(String timeOfDay) {
		long now = at(timeOfDay).toEpochMilli();
		this.context.setCurrentSystemTimeMs(now);
		this.context.scheduledPunctuators().get(0).getPunctuator().punctuate(now);
	}

	private List<WindowMetrics> forwardedMetrics() {
		return this.context.forwarded()
			.stream()
			.map((forwarded) -> (WindowMetrics) forwarded.record().value())
			.toList();
	}

	private double lateRecordsDropped() {
		return this.context.metrics()
			.metrics()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().name().equals("late-records-dropped-total"))
			.mapToDouble((entry) -> ((Number) entry.getValue().metricValue()).doubleValue())
			.sum();
	}

	private static Instant at(String timeOfDay) {
		return Instant.parse("2026-11-24T" + timeOfDay + "Z");
	}

}
