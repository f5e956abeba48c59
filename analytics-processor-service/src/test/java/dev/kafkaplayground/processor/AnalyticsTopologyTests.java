package dev.kafkaplayground.processor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.ProcessorNames;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static dev.kafkaplayground.processor.StoreEvents.wishlistAdd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology from store topics to metrics records, with the default grace of
 * 30 s and emit interval of 1 s.
 */
class AnalyticsTopologyTests {

	private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

	private static final String NOON_WINDOW = "2026-11-24T12:00:00.000Z";

	private static final String NEXT_WINDOW = "2026-11-24T12:01:00.000Z";

	private static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

	private final TopologyFixture fixture = new TopologyFixture();

	@AfterEach
	void closeDriver() {
		this.fixture.close();
	}

	@Test
	void shouldCountEventsPerTypeInTheirWindow() {
		this.fixture.send(pageView("s-1", at("12:00:01")));
		this.fixture.send(pageView("s-2", at("12:00:02")));
		this.fixture.send(wishlistAdd("s-1", at("12:00:03")));
		this.fixture.send(cartAdd("s-1", at("12:00:04")));
		this.fixture.send(search("s-3", at("12:00:05")));
		this.fixture.send(purchase("s-1", at("12:00:06"), 1999));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		WindowMetrics metrics = single(this.fixture.metricsRecords()).value();
		assertThat(metrics.windowStart()).isEqualTo(NOON);
		assertThat(metrics.windowEnd()).isEqualTo(at("12:01:00"));
		assertThat(metrics.isFinal()).isFalse();
		assertThat(metrics.events()).containsExactly(Map.entry("game_page_viewed", 2L),
				Map.entry("wishlist_action", 1L), Map.entry("cart_action", 1L), Map.entry("purchase", 1L),
				Map.entry("search_performed", 1L));
	}

	@Test
	void shouldCountEachGamesActivityInItsWindow() {
		this.fixture.send(pageView("s-1", at("12:00:01")));
		this.fixture.send(pageView("s-2", at("12:00:02")));
		this.fixture.send(cartAdd("s-1", at("12:00:03")));
		this.fixture.send(purchase("s-1", at("12:00:04"), 1999));
		// several games in one event, and an event about none: filed apart before the
		// shuffle, added up after it
		this.fixture.send(purchase("s-2", at("12:00:05"), 2999, 1999));
		this.fixture.send(search("s-2", at("12:00:06")));
		this.fixture.send(pageView("s-3", at("12:01:00")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<TestRecord<String, WindowMetrics>> records = this.fixture.metricsRecords();
		assertThat(records).extracting(TestRecord::key).containsExactly(NOON_WINDOW, NEXT_WINDOW);
		assertThat(records.get(0).value().games()).containsOnly(Map.entry("game-1", new GameActivity(2, 0, 0, 0, 0)),
				Map.entry("game-3", new GameActivity(0, 0, 1, 0, 0)),
				Map.entry("game-1999", new GameActivity(0, 0, 0, 2, 3998)),
				Map.entry("game-2999", new GameActivity(0, 0, 0, 1, 2999)));
		assertThat(records.get(0).value().totalEvents()).isEqualTo(6);
		assertThat(records.get(0).value().revenueCents()).isEqualTo(1999 + 2999 + 1999);
		assertThat(records.get(0).value().search().searches()).isOne();
		assertThat(records.get(1).value().games()).containsOnly(Map.entry("game-1", new GameActivity(1, 0, 0, 0, 0)));
	}

	@Test
	void shouldShuffleOneCombinedDeltaPerWindowAndSecondWhateverTheEventRate() {
		for (int i = 0; i < 1_000; i++) {
			this.fixture.send(pageView("s-" + (i % 50), NOON.plusMillis(10 + i * 40L)));
		}
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(this.fixture.deltasShuffled()).isOne();
		WindowMetrics metrics = single(this.fixture.metricsRecords()).value();
		assertThat(metrics.totalEvents()).isEqualTo(1_000);
		assertThat(metrics.games().get("game-1").views()).isEqualTo(1_000);
	}

	@Test
	void shouldPassAnInputTasksFiguresOnAtOnceWhenItsStreamTimeEntersANewMinute() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		this.fixture.send(pageView("s-2", at("12:00:40")));
		assertThat(this.fixture.deltasShuffled()).isZero();

		this.fixture.send(pageView("s-1", at("12:01:00")));

		assertThat(this.fixture.deltasShuffled()).as("the 12:00 and the 12:01 window").isEqualTo(2);
		assertThat(window(NOON_WINDOW, this.fixture.metricsRecords())).singleElement()
			.satisfies((metrics) -> assertThat(metrics.totalEvents()).isEqualTo(2));
	}

	@Test
	void shouldSumRevenueAndCountOrdersOfPurchases() {
		this.fixture.send(purchase("s-1", at("12:00:10"), 1999, 2999));
		this.fixture.send(purchase("s-2", at("12:00:20"), 4999));
		this.fixture.send(cartAdd("s-3", at("12:00:30")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		WindowMetrics metrics = single(this.fixture.metricsRecords()).value();
		assertThat(metrics.revenueCents()).isEqualTo(9997);
		assertThat(metrics.orders()).isEqualTo(2);
		assertThat(metrics.totalEvents()).isEqualTo(3);
	}

	@Test
	void shouldPutTheLastMillisecondOfAMinuteAndTheNextMinuteIntoDifferentWindows() {
		this.fixture.send(pageView("s-1", at("12:00:59.999")));
		this.fixture.send(pageView("s-1", at("12:01:00.000")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<TestRecord<String, WindowMetrics>> records = this.fixture.metricsRecords();
		assertThat(records).extracting(TestRecord::key).containsExactly(NOON_WINDOW, NEXT_WINDOW);
		assertThat(records).allSatisfy((record) -> assertThat(record.value().totalEvents()).isOne());
		assertThat(records.get(0).value().windowEnd()).isEqualTo(records.get(1).value().windowStart());
	}

	@Test
	void shouldPublishUpdatesWhileTheWindowIsOpenOnlyWhenItChanged() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		assertThat(this.fixture.metricsRecords()).isEmpty();

		this.fixture.advanceWallClock(EMIT_INTERVAL);
		TestRecord<String, WindowMetrics> first = single(this.fixture.metricsRecords());
		assertThat(first.key()).isEqualTo(NOON_WINDOW);
		assertThat(first.value().isFinal()).isFalse();
		assertThat(first.value().totalEvents()).isOne();
		assertThat(first.value().updatedAt()).isEqualTo(TopologyFixture.WALL_CLOCK_START.plus(EMIT_INTERVAL));

		this.fixture.send(pageView("s-2", at("12:00:20")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		TestRecord<String, WindowMetrics> second = single(this.fixture.metricsRecords());
		assertThat(second.value().isFinal()).isFalse();
		assertThat(second.value().totalEvents()).isEqualTo(2);

		this.fixture.advanceWallClock(EMIT_INTERVAL.multipliedBy(5));
		assertThat(this.fixture.metricsRecords()).isEmpty();
	}

	@Test
	void shouldNotCloseTheWindowBeforeStreamTimeReachesEndPlusGrace() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		this.fixture.send(pageView("s-1", at("12:01:29.999")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(this.fixture.metricsRecords()).extracting(TestRecord::value)
			.isNotEmpty()
			.noneMatch(WindowMetrics::isFinal);
	}

	@Test
	void shouldEmitFinalRecordOnceWhenStreamTimePassesGrace() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		this.fixture.send(purchase("s-1", at("12:00:50"), 500));
		this.fixture.send(pageView("s-2", at("12:01:30.000")));
		// each input task passes its figures on within one emit interval
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<WindowMetrics> noonWindow = window(NOON_WINDOW, this.fixture.metricsRecords());
		assertThat(noonWindow).filteredOn(WindowMetrics::isFinal).hasSize(1);
		WindowMetrics finalMetrics = noonWindow.get(noonWindow.size() - 1);
		assertThat(finalMetrics.isFinal()).isTrue();
		assertThat(finalMetrics.totalEvents()).isEqualTo(2);
		assertThat(finalMetrics.revenueCents()).isEqualTo(500);
		KeyValueStore<Long, ?> store = this.fixture.store(ProcessorNames.WINDOW_METRICS_STORE);
		assertThat(store.get(NOON.toEpochMilli())).isNull();

		this.fixture.send(pageView("s-2", at("12:02:40")));
		this.fixture.advanceWallClock(EMIT_INTERVAL.multipliedBy(3));
		assertThat(this.fixture.metricsRecords()).extracting(TestRecord::key).doesNotContain(NOON_WINDOW);
	}

	@Test
	void shouldCountOutOfOrderEventsThatArriveWithinGrace() {
		this.fixture.send(pageView("s-1", at("12:01:20")));
		this.fixture.send(pageView("s-2", at("12:00:59")));
		this.fixture.send(pageView("s-1", at("12:01:30")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<WindowMetrics> noonWindow = window(NOON_WINDOW, this.fixture.metricsRecords());
		assertThat(noonWindow).filteredOn(WindowMetrics::isFinal).hasSize(1);
		assertThat(noonWindow).last().satisfies((metrics) -> {
			assertThat(metrics.isFinal()).isTrue();
			assertThat(metrics.totalEvents()).isOne();
		});
	}

	@Test
	void shouldDropLateEventsAfterTheWindowClosedWithoutCountingThem() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		this.fixture.send(pageView("s-1", at("12:01:30")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		assertThat(window(NOON_WINDOW, this.fixture.metricsRecords())).last()
			.satisfies((metrics) -> assertThat(metrics.isFinal()).isTrue());

		this.fixture.send(purchase("s-2", at("12:00:59.999"), 1000));
		this.fixture.send(pageView("s-1", at("12:01:40")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<TestRecord<String, WindowMetrics>> records = this.fixture.metricsRecords();
		assertThat(records).extracting(TestRecord::key).containsOnly(NEXT_WINDOW);
		assertThat(records.get(records.size() - 1).value().totalEvents()).isEqualTo(2);
		assertThat(records.get(records.size() - 1).value().revenueCents()).isZero();
		assertThat(records.get(records.size() - 1).value().late()).as("counted in the open window")
			.isEqualTo(new Late(1));
		assertThat(this.fixture.analyticsMetricTotal("late-records-dropped-total")).isEqualTo(1.0);
		assertThat(this.fixture.deadLetters()).isEmpty();
	}

	@Test
	void shouldPublishPendingChangesInTheFinalRecordAfterTheLastUpdate() {
		this.fixture.send(pageView("s-1", at("12:00:10")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		this.fixture.send(pageView("s-1", at("12:00:20")));
		this.fixture.send(pageView("s-1", at("12:02:00")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);

		List<WindowMetrics> noonWindow = this.fixture.metricsRecords()
			.stream()
			.filter((record) -> record.key().equals(NOON_WINDOW))
			.map(TestRecord::value)
			.toList();
		assertThat(noonWindow).extracting(WindowMetrics::isFinal).containsExactly(false, true);
		assertThat(noonWindow).extracting(WindowMetrics::totalEvents).containsExactly(1L, 2L);
	}

	private static List<WindowMetrics> window(String key, List<TestRecord<String, WindowMetrics>> records) {
		return records.stream().filter((record) -> record.key().equals(key)).map(TestRecord::value).toList();
	}

	private static TestRecord<String, WindowMetrics> single(List<TestRecord<String, WindowMetrics>> records) {
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	private static Instant at(String timeOfDay) {
		return Instant.parse("2026-11-24T" + timeOfDay + "Z");
	}

}
