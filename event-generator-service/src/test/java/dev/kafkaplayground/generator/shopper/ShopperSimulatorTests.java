package dev.kafkaplayground.generator.shopper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

import static org.assertj.core.api.Assertions.assertThat;

class ShopperSimulatorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00.123456Z"), ZoneOffset.UTC);

	@Test
	void shouldOnlyProduceEventsTheContractAccepts() {
		StoreEventParser parser = new StoreEventParser();
		for (StoreEvent event : generate(42, 5_000)) {
			byte[] json = EventJson.mapper().writeValueAsBytes(event);
			assertThat(parser.parse(event.eventType().topic(), event.sessionId(), json))
				.isEqualTo(new ParseResult.Accepted(event));
		}
	}

	@Test
	void shouldProduceEveryEventTypeWithMillisecondEventTime() {
		List<StoreEvent> events = generate(7, 2_000);
		EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
		events.forEach((event) -> types.add(event.eventType()));
		assertThat(types).containsExactlyInAnyOrder(EventType.values());
		assertThat(events)
			.allSatisfy((event) -> assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-24T12:00:00.123Z")));
	}

	@Test
	void shouldBuyExactlyWhatTheSessionCartedAtTheCartedPrice() {
		Map<String, Map<String, Integer>> carts = new HashMap<>();
		int purchases = 0;
		for (StoreEvent event : generate(11, 20_000)) {
			Map<String, Integer> cart = carts.computeIfAbsent(event.sessionId(), (id) -> new HashMap<>());
			if (event instanceof CartAction action && action.action() == ItemAction.ADD) {
				cart.put(action.gameId(), action.priceCents());
			}
			else if (event instanceof CartAction action) {
				assertThat(cart.remove(action.gameId())).isEqualTo(action.priceCents());
			}
			else if (event instanceof Purchase purchase) {
				Map<String, Integer> bought = new HashMap<>();
				purchase.items().forEach((item) -> bought.put(item.gameId(), item.priceCents()));
				assertThat(bought).isEqualTo(cart);
				purchases++;
			}
		}
		assertThat(purchases).isGreaterThan(100);
	}

	@Test
	void shouldClickOnlyResultsOfTheSessionsOwnSearch() {
		Map<String, SearchPerformed> lastSearch = new HashMap<>();
		int clicks = 0;
		for (StoreEvent event : generate(5, 20_000)) {
			if (event instanceof SearchPerformed search) {
				lastSearch.put(search.sessionId(), search);
			}
			else if (event instanceof GamePageViewed view && view.source() == ViewSource.SEARCH) {
				SearchPerformed search = lastSearch.get(view.sessionId());
				assertThat(view.searchId()).isEqualTo(search.searchId());
				assertThat(search.resultGameIds()).contains(view.gameId());
				clicks++;
			}
		}
		assertThat(clicks).isGreaterThan(100);
		assertThat(lastSearch.values()).anyMatch((search) -> search.resultCount() == 0);
	}

	@Test
	void shouldRepeatItselfForTheSameSeed() {
		assertThat(generate(99, 500)).isEqualTo(generate(99, 500));
		assertThat(generate(99, 500)).isNotEqualTo(generate(100, 500));
	}

	private static List<StoreEvent> generate(long seed, int count) {
		ShopperSimulator simulator = new ShopperSimulator(GameCatalog.standard(), new SplittableRandom(seed), CLOCK,
				20);
		List<StoreEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(simulator.next());
		}
		return events;
	}

}
