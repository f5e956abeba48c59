package dev.kafkaplayground.generator.shopper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.json.EventTime;

/**
 * A crowd of concurrent shopper sessions. Each call to {@link #next()} lets one of them
 * act: search, view a game (often one of their search results), wishlist or cart it, or
 * buy what is in their cart at the carted prices. A session leaves after a purchase or
 * after a random number of actions and a new shopper takes its place. Not thread-safe:
 * one publisher thread drives it.
 */
public final class ShopperSimulator {

	private static final String[] COUNTRIES = { "US", "US", "US", "GB", "DE", "FR", "BR", "JP", "CA", "AU", "IN", "PL",
			"SE", "KR", "ES", "NL", "MX" };

	private static final Platform[] PLATFORMS = { Platform.WEB, Platform.WEB, Platform.DESKTOP, Platform.MOBILE };

	private final GameCatalog catalog;

	private final RandomGenerator random;

	private final Clock clock;

	private final ZipfSampler popularity;

	private final List<ShopperSession> sessions;

	public ShopperSimulator(GameCatalog catalog, RandomGenerator random, Clock clock, int concurrentSessions) {
		this.catalog = catalog;
		this.random = random;
		this.clock = clock;
		this.popularity = new ZipfSampler(catalog.size(), 1.0);
		this.sessions = new ArrayList<>(concurrentSessions);
		for (int i = 0; i < concurrentSessions; i++) {
			this.sessions.add(newSession());
		}
	}

	/** The next event of a randomly chosen shopper. */
	public StoreEvent next() {
		int index = this.random.nextInt(this.sessions.size());
		ShopperSession session = this.sessions.get(index);
		StoreEvent event = act(session);
		session.eventsLeft--;
		if (event instanceof Purchase || session.eventsLeft <= 0) {
			this.sessions.set(index, newSession());
		}
		return event;
	}

	private StoreEvent act(ShopperSession session) {
		double roll = this.random.nextDouble();
		if (roll < 0.10 && !session.cart.isEmpty()) {
			return purchase(session);
		}
		if (roll < 0.25) {
			return search(session);
		}
		if (roll < 0.35) {
			return wishlist(session);
		}
		if (roll < 0.50) {
			return cart(session);
		}
		return view(session);
	}

	private SearchPerformed search(ShopperSession session) {
		String query;
		List<String> matches;
		if (this.random.nextDouble() < 0.08) {
			query = "xq" + this.random.nextInt(1000);
			matches = List.of();
		}
		else {
			Game wanted = popularGame();
			String[] words = wanted.title().split(" ");
			query = words[this.random.nextInt(words.length)].toLowerCase(Locale.ROOT);
			String needle = query;
			matches = this.catalog.games()
				.stream()
				.filter((game) -> game.title().toLowerCase(Locale.ROOT).contains(needle))
				.map(Game::id)
				.toList();
		}
		session.lastSearchId = "q-" + uuid();
		session.lastSearchResults = matches.subList(0, Math.min(matches.size(), SearchPerformed.MAX_RESULT_IDS));
		return new SearchPerformed(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				session.lastSearchId, query, matches.size(), session.lastSearchResults);
	}

	private GamePageViewed view(ShopperSession session) {
		ViewSource source;
		String gameId;
		String searchId = null;
		double roll = this.random.nextDouble();
		if (!session.lastSearchResults.isEmpty() && roll < 0.5) {
			source = ViewSource.SEARCH;
			gameId = pick(session.lastSearchResults);
			searchId = session.lastSearchId;
		}
		else if (!session.wishlist.isEmpty() && roll < 0.6) {
			source = ViewSource.WISHLIST;
			gameId = pick(new ArrayList<>(session.wishlist));
		}
		else {
			ViewSource[] others = { ViewSource.BROWSE, ViewSource.RECOMMENDATION, ViewSource.DIRECT };
			source = others[this.random.nextInt(others.length)];
			gameId = popularGame().id();
		}
		session.viewed.add(gameId);
		return new GamePageViewed(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, source, searchId);
	}

	private WishlistAction wishlist(ShopperSession session) {
		if (!session.wishlist.isEmpty() && this.random.nextDouble() < 0.25) {
			String gameId = pick(new ArrayList<>(session.wishlist));
			session.wishlist.remove(gameId);
			return new WishlistAction(uuid(), now(), session.sessionId, session.userId, session.platform,
					session.country, gameId, ItemAction.REMOVE);
		}
		String gameId = interestingGame(session);
		session.wishlist.add(gameId);
		return new WishlistAction(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, ItemAction.ADD);
	}

	private CartAction cart(ShopperSession session) {
		if (!session.cart.isEmpty() && this.random.nextDouble() < 0.2) {
			String gameId = pick(new ArrayList<>(session.cart.keySet()));
			int price = session.cart.remove(gameId);
			return new CartAction(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
					gameId, ItemAction.REMOVE, price);
		}
		String gameId = interestingGame(session);
		int price = this.catalog.find(gameId).map(Game::basePriceCents).orElse(999);
		session.cart.put(gameId, price);
		return new CartAction(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				gameId, ItemAction.ADD, price);
	}

	private Purchase purchase(ShopperSession session) {
		List<Purchase.Item> items = new ArrayList<>();
		long total = 0;
		for (Map.Entry<String, Integer> entry : session.cart.entrySet()) {
			items.add(new Purchase.Item(entry.getKey(), entry.getValue()));
			total += entry.getValue();
		}
		PaymentMethod[] methods = PaymentMethod.values();
		return new Purchase(uuid(), now(), session.sessionId, session.userId, session.platform, session.country,
				"o-" + uuid(), items, total, Purchase.USD, methods[this.random.nextInt(methods.length)]);
	}

	/** A game the shopper looked at, or else a popular one. */
	private String interestingGame(ShopperSession session) {
		if (!session.viewed.isEmpty() && this.random.nextDouble() < 0.8) {
			return pick(session.viewed);
		}
		return popularGame().id();
	}

	private Game popularGame() {
		return this.catalog.games().get(this.popularity.next(this.random));
	}

	private ShopperSession newSession() {
		String userId = "u-" + (1 + this.random.nextInt(50_000));
		return new ShopperSession("s-" + uuid(), userId, PLATFORMS[this.random.nextInt(PLATFORMS.length)],
				COUNTRIES[this.random.nextInt(COUNTRIES.length)], 3 + this.random.nextInt(25));
	}

	private <T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	private Instant now() {
		return EventTime.truncate(this.clock.instant());
	}

	/**
	 * A version 4 UUID drawn from the simulation's random source, so a seed reproduces
	 * it.
	 */
	private UUID uuid() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

}
