package dev.kafkaplayground.generator.shopper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.validation.ParseResult;
import dev.kafkaplayground.events.validation.StoreEventParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style checks over many seeded sessions: whatever the seed and scenario, the
 * events make sense together and honour the contract.
 */
class ShopperCrowdTests {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00.123456Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final LocalDateTime NOON = LocalDateTime.parse("2026-11-24T12:00:00");

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 1234567 })
	void shouldOnlyProduceEventsTheContractAccepts(long seed) {
		StoreEventParser parser = new StoreEventParser(CLOCK);
		for (Generated generated : generate(seed, Scenario.NORMAL_DAY, 20_000)) {
			StoreEvent event = generated.event();
			byte[] json = EventJson.mapper().writeValueAsBytes(event);
			assertThat(parser.parse(event.eventType().topic(), event.sessionId(), json))
				.isEqualTo(new ParseResult.Accepted(event));
		}
	}

	@Test
	void shouldProduceEveryEventTypeWithMillisecondEventTimeFromTheWallClock() {
		List<Generated> events = generate(7, Scenario.NORMAL_DAY, 5_000);
		EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
		events.forEach((generated) -> types.add(generated.event().eventType()));
		assertThat(types).containsExactlyInAnyOrder(EventType.values());
		assertThat(events).allSatisfy((generated) -> assertThat(generated.event().occurredAt())
			.isEqualTo(Instant.parse("2026-11-24T12:00:00.123Z")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "normal-day", "flash-sale", "viral-game", "launch-day", "quiet-night" })
	void shouldOnlyRemoveWhatWasAddedAndBuyWhatWasCartedAtTheCartedPrice(String scenario) {
		Map<String, Map<String, Integer>> carts = new HashMap<>();
		Map<String, Set<String>> wishlists = new HashMap<>();
		int purchases = 0;
		int removals = 0;
		for (Generated generated : generate(11, Scenario.named(scenario).orElseThrow(), 40_000)) {
			StoreEvent event = generated.event();
			Map<String, Integer> cart = carts.computeIfAbsent(event.sessionId(), (id) -> new LinkedHashMap<>());
			Set<String> wishlist = wishlists.computeIfAbsent(event.sessionId(), (id) -> new HashSet<>());
			if (event instanceof CartAction action && action.action() == ItemAction.ADD) {
				assertThat(cart).doesNotContainKey(action.gameId());
				cart.put(action.gameId(), action.priceCents());
			}
			else if (event instanceof CartAction action) {
				assertThat(cart).containsEntry(action.gameId(), action.priceCents());
				cart.remove(action.gameId());
				removals++;
			}
			else if (event instanceof WishlistAction action && action.action() == ItemAction.ADD) {
				assertThat(wishlist.add(action.gameId())).isTrue();
			}
			else if (event instanceof WishlistAction action) {
				assertThat(wishlist.remove(action.gameId())).as("removed only what was added").isTrue();
				removals++;
			}
			else if (event instanceof Purchase purchase) {
				Map<String, Integer> bought = new LinkedHashMap<>();
				purchase.items().forEach((item) -> bought.put(item.gameId(), item.priceCents()));
				assertThat(bought).isEqualTo(cart);
				assertThat(purchase.totalCents())
					.isEqualTo(purchase.items().stream().mapToLong(Purchase.Item::priceCents).sum());
				cart.clear();
				purchases++;
			}
		}
		assertThat(purchases).isGreaterThan(100);
		assertThat(removals).isGreaterThan(50);
	}

	@Test
	void shouldClickOnlyResultsOfTheSessionsOwnSearch() {
		Map<String, SearchPerformed> searches = new HashMap<>();
		int clicks = 0;
		int zeroResults = 0;
		for (Generated generated : generate(5, Scenario.NORMAL_DAY, 30_000)) {
			if (generated.event() instanceof SearchPerformed search) {
				searches.put(search.searchId(), search);
				zeroResults += (search.resultCount() == 0) ? 1 : 0;
				assertThat(search.resultGameIds()).hasSizeLessThanOrEqualTo(search.resultCount());
			}
			else if (generated.event() instanceof GamePageViewed view && view.source() == ViewSource.SEARCH) {
				SearchPerformed search = searches.get(view.searchId());
				assertThat(search).isNotNull();
				assertThat(search.sessionId()).isEqualTo(view.sessionId());
				assertThat(search.resultGameIds()).contains(view.gameId());
				clicks++;
			}
		}
		assertThat(clicks).isGreaterThan(1000);
		assertThat(zeroResults).isGreaterThan(50);
	}

	@Test
	void shouldMarkEachSessionsFirstOfEveryFunnelStageExactlyOnce() {
		Map<String, Funnel> firsts = new HashMap<>();
		Map<String, Funnel> seen = new HashMap<>();
		for (Generated generated : generate(9, Scenario.NORMAL_DAY, 30_000)) {
			StoreEvent event = generated.event();
			Funnel stage = stage(event);
			Funnel before = seen.getOrDefault(event.sessionId(), Funnel.EMPTY);
			Funnel expected = new Funnel(first(stage.viewed(), before.viewed()),
					first(stage.wishlisted(), before.wishlisted()), first(stage.carted(), before.carted()),
					first(stage.purchased(), before.purchased()));
			assertThat(generated.firsts()).as(event.toString()).isEqualTo(expected);
			seen.put(event.sessionId(), before.plus(stage));
			firsts.merge(event.sessionId(), generated.firsts(), Funnel::plus);
		}
		assertThat(firsts.values()).allSatisfy((funnel) -> assertThat(
				List.of(funnel.viewed(), funnel.wishlisted(), funnel.carted(), funnel.purchased()))
			.allSatisfy((count) -> assertThat(count).isBetween(0L, 1L)));
	}

	@Test
	void shouldReproduceTheSameEventsFromTheSameSeed() {
		assertThat(generate(99, Scenario.FLASH_SALE, 5_000)).isEqualTo(generate(99, Scenario.FLASH_SALE, 5_000));
		assertThat(generate(99, Scenario.FLASH_SALE, 100)).isNotEqualTo(generate(100, Scenario.FLASH_SALE, 100));
	}

	@Test
	void shouldViewPopularGamesMostAndLetTheViralGameDominate() {
		Map<String, Integer> normal = views(generate(3, Scenario.NORMAL_DAY, 40_000));
		assertThat(normal.getOrDefault("g-001", 0)).isGreaterThan(5 * normal.getOrDefault("g-100", 0));
		Map<String, Integer> viral = views(generate(3, Scenario.VIRAL_GAME, 40_000));
		int total = viral.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(viral.get(Scenario.VIRAL_TITLE)).isGreaterThan(total / 3);
	}

	@Test
	void shouldSellMoreAndCheaperInAFlashSale() {
		GameCatalog catalog = GameCatalog.standard();
		List<Generated> normal = generate(4, Scenario.NORMAL_DAY, 40_000);
		List<Generated> sale = generate(4, Scenario.FLASH_SALE, 40_000);
		assertThat(purchases(sale)).isGreaterThan(purchases(normal) * 3 / 2);
		long discountedCarts = sale.stream()
			.map(Generated::event)
			.filter((event) -> event instanceof CartAction cart && cart.action() == ItemAction.ADD
					&& cart.priceCents() < catalog.find(cart.gameId()).orElseThrow().basePriceCents())
			.count();
		long carts = sale.stream()
			.filter((generated) -> generated.event() instanceof CartAction cart && cart.action() == ItemAction.ADD)
			.count();
		assertThat(discountedCarts).isGreaterThan(carts / 2);
	}

	@Test
	void shouldKeepAboutRateTimesThinkTimeSessionsInTheStore() {
		ShopperCrowd crowd = crowd(8, Scenario.NORMAL_DAY);
		double rate = 200;
		for (int i = 0; i < 200 * 600; i++) {
			crowd.next((long) (i * 1e9 / rate), rate, NOON);
		}
		// 200 events/s x 5 s mean think time
		assertThat(crowd.activeSessions()).isBetween(800, 1200);
	}

	@Test
	void shouldLetShoppersLeaveRatherThanPauseForMinutesWhenTheRateDrops() {
		ShopperCrowd crowd = crowd(8, Scenario.NORMAL_DAY);
		long now = 0;
		for (int i = 0; i < 200 * 120; i++) {
			now += (long) (1e9 / 200);
			crowd.next(now, 200, NOON);
		}
		// about 1,000 shoppers; at 2 events/s each would act once every 8 minutes
		Map<String, Long> lastAction = new HashMap<>();
		long longestPause = 0;
		for (int i = 0; i < 2 * 900; i++) {
			now += (long) (1e9 / 2);
			String session = crowd.next(now, 2, NOON).event().sessionId();
			Long last = lastAction.put(session, now);
			longestPause = (last != null) ? Math.max(longestPause, now - last) : longestPause;
		}
		assertThat(Duration.ofNanos(longestPause)).isLessThan(Duration.ofMinutes(2));
		assertThat(crowd.activeSessions()).isLessThan(100);
	}

	static List<Generated> generate(long seed, Scenario scenario, int count) {
		ShopperCrowd crowd = crowd(seed, scenario);
		List<Generated> events = new ArrayList<>(count);
		double rate = 50;
		for (int i = 0; i < count; i++) {
			events.add(crowd.next((long) (i * 1e9 / rate), rate, NOON.plusSeconds(i / 50)));
		}
		return events;
	}

	private static ShopperCrowd crowd(long seed, Scenario scenario) {
		return new ShopperCrowd(GameCatalog.standard(), new SplittableRandom(seed), CLOCK, scenario, 20_000);
	}

	private static Map<String, Integer> views(List<Generated> events) {
		Map<String, Integer> views = new HashMap<>();
		events.stream()
			.map(Generated::event)
			.filter(GamePageViewed.class::isInstance)
			.forEach((event) -> views.merge(((GamePageViewed) event).gameId(), 1, Integer::sum));
		return views;
	}

	private static long purchases(List<Generated> events) {
		return events.stream().filter((generated) -> generated.event() instanceof Purchase).count();
	}

	private static Funnel stage(StoreEvent event) {
		if (event instanceof GamePageViewed) {
			return new Funnel(1, 0, 0, 0);
		}
		if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD) {
			return new Funnel(0, 1, 0, 0);
		}
		if (event instanceof CartAction cart && cart.action() == ItemAction.ADD) {
			return new Funnel(0, 0, 1, 0);
		}
		if (event instanceof Purchase) {
			return new Funnel(0, 0, 0, 1);
		}
		return Funnel.EMPTY;
	}

	private static long first(long stage, long before) {
		return (stage == 1 && before == 0) ? 1 : 0;
	}

}
