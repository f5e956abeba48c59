package dev.kafkaplayground.processor.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.processor.TopologyFixture;

import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static dev.kafkaplayground.processor.StoreEvents.searchResultView;
import static dev.kafkaplayground.processor.TopologyFixture.EMIT_INTERVAL;
import static dev.kafkaplayground.processor.TopologyFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search section in the production topology: searches and zero-result searches at
 * their time, click-throughs once per search at the first, search-led purchases once per
 * search at the purchase.
 */
class SearchTests {

	private final TopologyFixture fixture = new TopologyFixture();

	@AfterEach
	void closeDriver() {
		this.fixture.close();
	}

	@Test
	void shouldCountSearchesZeroResultsAndEachSearchsFirstClickThrough() {
		this.fixture.send(search("s-1", at("12:00:01"), "q-1", 3));
		this.fixture.send(search("s-1", at("12:00:02"), "q-2", 0));
		this.fixture.send(searchResultView("s-1", at("12:00:50"), "q-1", "game-7"));
		this.fixture.send(searchResultView("s-1", at("12:01:05"), "q-1", "game-8"));
		this.fixture.send(search("s-2", at("12:00:30"), "q-3", 2));
		this.fixture.send(searchResultView("s-2", at("12:01:10"), "q-3", "game-7"));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(searchSection("12:00")).isEqualTo(new Search(3, 1, 1, 0));
		assertThat(searchSection("12:01")).isEqualTo(new Search(0, 0, 1, 0));
	}

	@Test
	void shouldMoveAClickThroughToAnEarlierClickThatArrivesLater() {
		this.fixture.send(searchResultView("s-1", at("12:01:05"), "q-1", "game-8"));
		this.fixture.send(searchResultView("s-1", at("12:00:55"), "q-1", "game-7"));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(searchSection("12:00").clickedThrough()).isOne();
		assertThat(searchSection("12:01").clickedThrough()).isZero();
	}

	@Test
	void shouldCountASearchOnceAtThePurchaseOfAGameItLedTo() {
		this.fixture.send(search("s-1", at("12:00:01"), "q-1", 2));
		this.fixture.send(searchResultView("s-1", at("12:00:10"), "q-1", "game-1999"));
		this.fixture.send(search("s-1", at("12:00:20"), "q-2", 2));
		this.fixture.send(searchResultView("s-1", at("12:00:30"), "q-2", "game-500"));
		this.fixture.send(purchase("s-1", at("12:01:10"), 999));
		this.fixture.send(purchase("s-1", at("12:01:20"), 1999));
		this.fixture.send(purchase("s-1", at("12:01:30"), 1999));
		// the same game bought in another session owes nothing to this search
		this.fixture.send(purchase("s-2", at("12:01:40"), 1999));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(searchSection("12:00")).isEqualTo(new Search(2, 0, 2, 0));
		assertThat(searchSection("12:01").purchased()).isOne();
	}

	@Test
	void shouldAttributeAPurchaseThatArrivedBeforeTheClickThatLedToIt() {
		this.fixture.send(purchase("s-1", at("12:01:10"), 1999));
		this.fixture.send(searchResultView("s-1", at("12:00:10"), "q-1", "game-1999"));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(searchSection("12:00").clickedThrough()).isOne();
		assertThat(searchSection("12:01").purchased()).isOne();
	}

	@Test
	void shouldNotCountAPurchaseBeforeTheSearchLedToTheGame() {
		this.fixture.send(purchase("s-1", at("12:00:10"), 1999));
		this.fixture.send(searchResultView("s-1", at("12:00:40"), "q-1", "game-1999"));

		this.fixture.advanceWallClock(EMIT_INTERVAL);

		assertThat(searchSection("12:00")).isEqualTo(new Search(0, 0, 1, 0));
	}

	private Search searchSection(String window) {
		return this.fixture.latest(window).search();
	}

}
