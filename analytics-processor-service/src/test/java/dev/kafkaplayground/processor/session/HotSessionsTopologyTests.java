package dev.kafkaplayground.processor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.TestProperties;
import dev.kafkaplayground.processor.TopologyFixture;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static dev.kafkaplayground.processor.StoreEvents.searchResultView;
import static dev.kafkaplayground.processor.StoreEvents.wishlistAdd;
import static dev.kafkaplayground.processor.TopologyFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where sessions live between events does not change a figure: the same events give the
 * same metrics records whether every session stays in the heap (the default budget),
 * sessions keep leaving it for RocksDB and coming back (a budget of a few sessions), or
 * the heap is not used at all.
 */
class HotSessionsTopologyTests {

	@Test
	void shouldPublishTheSameMetricsWhateverTheHeapBudget() {
		List<StoreEvent> events = shoppers(120, new Random(7));

		List<TestRecord<String, WindowMetrics>> allInHeap = run(Map.of(), events);
		List<TestRecord<String, WindowMetrics>> fewInHeap = run(Map.of("playground.processor.hot-sessions", "1KB"),
				events);
		List<TestRecord<String, WindowMetrics>> noneInHeap = run(Map.of("playground.processor.hot-sessions", "0"),
				events);

		assertThat(allInHeap).as("a scenario with final windows, abandoned carts and searches").anySatisfy((record) -> {
			assertThat(record.value().isFinal()).isTrue();
			assertThat(record.value().cart().abandoned()).isPositive();
			assertThat(record.value().search().clickedThrough()).isPositive();
		});
		assertThat(fewInHeap).isEqualTo(allInHeap);
		assertThat(noneInHeap).isEqualTo(allInHeap);
	}

	private static List<TestRecord<String, WindowMetrics>> run(Map<String, String> properties,
			List<StoreEvent> events) {
		try (TopologyFixture fixture = new TopologyFixture(TestProperties.with(properties))) {
			for (int i = 0; i < events.size(); i++) {
				fixture.send(events.get(i));
				if (i % 8 == 7) {
					fixture.advanceWallClock(Duration.ofSeconds(1));
				}
			}
			return fixture.metricsRecordsSoFar();
		}
	}

	/**
	 * Interleaved sessions over about 12 minutes of event time: views, searches and their
	 * results, wishlist and cart adds, some purchases, some events sent twice, and carts
	 * left behind to be abandoned when their session ends.
	 */
	private static List<StoreEvent> shoppers(int sessions, Random random) {
		List<StoreEvent> events = new ArrayList<>();
		Instant start = at("12:00:00");
		for (int s = 0; s < sessions; s++) {
			String session = "s-" + s;
			Instant time = start.plusSeconds(random.nextInt(300));
			String searchId = "q-" + s;
			events.add(search(session, time, searchId, random.nextInt(4)));
			time = time.plusSeconds(1 + random.nextInt(20));
			events.add(searchResultView(session, time, searchId, "game-" + random.nextInt(8)));
			for (int action = 0; action < 2 + random.nextInt(6); action++) {
				time = time.plusSeconds(1 + random.nextInt(40));
				StoreEvent event = switch (random.nextInt(4)) {
					case 0 -> wishlistAdd(session, time);
					case 1 -> cartAdd(session, time, "game-" + random.nextInt(8));
					default -> pageView(session, time);
				};
				events.add(event);
				if (random.nextInt(10) == 0) {
					events.add(event);
				}
			}
			if (random.nextBoolean()) {
				events.add(purchase(session, time.plusSeconds(5), 999 + random.nextInt(5000)));
			}
		}
		events.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
		// one late shopper after everything else, so stream time ends every session
		events.add(pageView("closing", events.get(events.size() - 1).occurredAt().plus(Duration.ofMinutes(7))));
		return events;
	}

}
