package dev.kafkaplayground.processor.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.TopologyFixture;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static dev.kafkaplayground.processor.StoreEvents.wishlistAdd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-session state in the production topology: the funnel counts each session once per
 * stage, in the window of its first event of the stage, and an event sent twice counts
 * once.
 */
class SessionFunnelTests {

	private static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

	private final TopologyFixture fixture = new TopologyFixture();

	@AfterEach
	void closeDriver() {
		this.fixture.close();
	}

	@Test
	void shouldCountEachSessionOnceInTheWindowOfItsFirstEventOfEachStage() {
		this.fixture.send(pageView("s-1", at("12:00:01")));
		this.fixture.send(pageView("s-1", at("12:00:02")));
		this.fixture.send(pageView("s-2", at("12:00:03")));
		this.fixture.send(search("s-2", at("12:00:04")));
		this.fixture.send(wishlistAdd("s-1", at("12:00:05")));
		this.fixture.send(cartAdd("s-1", at("12:00:06")));
		this.fixture.send(cartAdd("s-1", at("12:01:06")));
		this.fixture.send(purchase("s-1", at("12:01:07"), 1999));
		this.fixture.send(purchase("s-1", at("12:01:08"), 999));
		this.fixture.send(pageView("s-2", at("12:01:09")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(latestFunnel("2026-11-24T12:00:00.000Z")).isEqualTo(new Funnel(2, 1, 1, 0));
		assertThat(latestFunnel("2026-11-24T12:01:00.000Z")).isEqualTo(new Funnel(0, 0, 0, 1));
	}

	@Test
	void shouldMoveAFirstToTheWindowOfAnEarlierEventThatArrivesLater() {
		this.fixture.send(pageView("s-1", at("12:01:10")));
		// the session's real first view, held up on its way
		this.fixture.send(pageView("s-1", at("12:00:50")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(latestFunnel("2026-11-24T12:00:00.000Z")).isEqualTo(new Funnel(1, 0, 0, 0));
		assertThat(latestFunnel("2026-11-24T12:01:00.000Z")).isEqualTo(Funnel.EMPTY);
	}

	@Test
	void shouldCountAnEventSentTwiceOnce() {
		GamePageViewed view = new GamePageViewed(UUID.randomUUID(), at("12:00:01"), "s-1", "u-1", Platform.WEB, "US",
				"game-1", ViewSource.BROWSE, null);
		this.fixture.send(view);
		this.fixture.send(view);
		this.fixture.send(pageView("s-1", at("12:00:02")));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		WindowMetrics metrics = latest("2026-11-24T12:00:00.000Z");
		assertThat(metrics.events().get("game_page_viewed")).isEqualTo(2);
		assertThat(metrics.games().get("game-1").views()).isEqualTo(2);
		assertThat(metrics.funnel().viewed()).isOne();
		assertThat(this.fixture.analyticsMetricTotal("duplicates-dropped-total")).isEqualTo(1.0);
	}

	@Test
	void shouldForgetASessionAGapAndAGracePeriodAfterItsLastEvent() {
		this.fixture.send(pageView("s-1", at("12:00:01")));
		KeyValueStore<String, SessionState> sessions = this.fixture.store(SessionTracker.STORE);
		assertThat(sessions.get("s-1")).isNotNull();

		// 5 min gap + 30 s grace after 12:00:01, then the next stream-time check
		this.fixture.send(pageView("s-2", at("12:05:31")));
		this.fixture.send(pageView("s-2", at("12:05:42")));
		assertThat(sessions.get("s-1")).isNull();
		assertThat(sessions.get("s-2")).isNotNull();
		KeyValueStore<Bytes, byte[]> expiries = this.fixture.store(SessionTracker.EXPIRY_STORE);
		try (KeyValueIterator<Bytes, byte[]> due = expiries.all()) {
			assertThat(due).toIterable()
				.as("only s-2 is still indexed")
				.singleElement()
				.satisfies((entry) -> assertThat(new String(entry.key.get(), 8, 3, StandardCharsets.UTF_8))
					.isEqualTo("s-2"));
		}

		// a later event of the same id starts a new session
		this.fixture.send(pageView("s-1", at("12:05:43")));
		this.fixture.advanceWallClock(EMIT_INTERVAL);
		assertThat(latestFunnel("2026-11-24T12:05:00.000Z").viewed()).isEqualTo(2);
	}

	private Funnel latestFunnel(String window) {
		return latest(window).funnel();
	}

	private WindowMetrics latest(String window) {
		return this.fixture.latest(window.substring(11, 16));
	}

	private static Instant at(String timeOfDay) {
		return Instant.parse("2026-11-24T" + timeOfDay + "Z");
	}

}
