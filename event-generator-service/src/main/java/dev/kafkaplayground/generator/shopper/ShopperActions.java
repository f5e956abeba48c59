package dev.kafkaplayground.generator.shopper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.generator.shopper.ShopperSession.Step;

/**
 * The state machine of a shopper session. A session enters the store (by searching,
 * browsing, a recommendation, its wishlist or directly), then at each step follows up
 * what it just did (opens a search result, carts or wishlists the game it viewed), buys
 * or trims its cart, or browses on; after each step it may leave. Every event is coherent
 * by construction: a removal only of something added, a purchase only of carted games at
 * the carted price, a search click only of a shown result.
 */
final class ShopperActions {

	private static final Funnel FIRST_VIEW = new Funnel(1, 0, 0, 0);

	private static final Funnel FIRST_WISHLIST = new Funnel(0, 1, 0, 0);

	private static final Funnel FIRST_CART = new Funnel(0, 0, 1, 0);

	private static final Funnel FIRST_PURCHASE = new Funnel(0, 0, 0, 1);

	/** Chance that a shopper who just bought something stays to browse on. */
	private static final double STAY_AFTER_PURCHASE = 0.2;

	/** Chance that a browsing step opens a game from the session's wishlist. */
	private static final double VIEW_FROM_WISHLIST = 0.2;

	private static final PaymentMethod[] PAYMENT_METHODS = { PaymentMethod.CARD, PaymentMethod.CARD, PaymentMethod.CARD,
			PaymentMethod.CARD, PaymentMethod.PAYPAL, PaymentMethod.PAYPAL, PaymentMethod.WALLET,
			PaymentMethod.GIFT_CARD };

	private final GameCatalog catalog;

	private final RandomGenerator random;

	private final EventFactory events;

	private final GamePicker picker;

	private final SearchIndex search;

	private final Pricing pricing;

	private final Map<String, Integer> indexById = new HashMap<>();

	private ShopperBehaviour behaviour;

	ShopperActions(GameCatalog catalog, RandomGenerator random, EventFactory events, GamePicker picker,
			SearchIndex search, Pricing pricing, ShopperBehaviour behaviour) {
		this.catalog = catalog;
		this.random = random;
		this.events = events;
		this.picker = picker;
		this.search = search;
		this.pricing = pricing;
		this.behaviour = behaviour;
		for (int k = 0; k < catalog.size(); k++) {
			this.indexById.put(catalog.games().get(k).id(), k);
		}
	}

	void behaviour(ShopperBehaviour behaviour) {
		this.behaviour = behaviour;
	}

	/** The session's next event; afterwards {@code session.leaving} says if it goes. */
	Generated act(ShopperSession session) {
		StoreEvent event = (session.last == Step.ARRIVED) ? enter(session) : step(session);
		session.actions++;
		Funnel firsts = firsts(session, event);
		session.leaving = leaves(session, event);
		return new Generated(event, firsts);
	}

	private StoreEvent enter(ShopperSession session) {
		ShopperBehaviour.EntryMix entry = this.behaviour.entry();
		double roll = this.random.nextDouble() * entry.total();
		if (roll < entry.search()) {
			return search(session);
		}
		roll -= entry.search();
		if (roll < entry.browse()) {
			return view(session, pickGameId(), ViewSource.BROWSE, null);
		}
		roll -= entry.browse();
		if (roll < entry.recommendation()) {
			return view(session, pickGameId(), ViewSource.RECOMMENDATION, null);
		}
		roll -= entry.recommendation();
		// a wishlist kept from earlier visits: not this session's, so nothing to remove
		return view(session, pickGameId(), (roll < entry.wishlist()) ? ViewSource.WISHLIST : ViewSource.DIRECT, null);
	}

	private StoreEvent step(ShopperSession session) {
		ShopperBehaviour b = this.behaviour;
		if (session.last == Step.SEARCHED && !session.lastSearchResults.isEmpty() && chance(b.clickThrough())) {
			List<String> results = session.lastSearchResults;
			double top = this.random.nextDouble();
			// the first results are clicked most
			String gameId = results.get((int) (results.size() * top * top));
			return view(session, gameId, ViewSource.SEARCH, session.lastSearchId);
		}
		if (session.last == Step.VIEWED) {
			String gameId = session.lastViewedGameId;
			int index = this.indexById.getOrDefault(gameId, -1);
			double cartChance = Math.min(1,
					b.cartAdd() * ((index >= 0 && this.pricing.isDiscounted(index)) ? this.pricing.boost() : 1));
			if (index >= 0 && !session.cart.containsKey(gameId) && chance(cartChance)) {
				return cartAdd(session, gameId, index);
			}
			if (!session.wishlist.contains(gameId) && chance(b.wishlistAdd())) {
				session.wishlist.add(gameId);
				return other(session, this.events.wishlist(session, gameId, ItemAction.ADD));
			}
		}
		if (!session.cart.isEmpty()) {
			if (chance(b.checkout())) {
				return purchase(session);
			}
			if (chance(b.cartRemove())) {
				String gameId = any(session.cart.keySet());
				int price = session.cart.remove(gameId);
				return other(session, this.events.cart(session, gameId, ItemAction.REMOVE, price));
			}
		}
		if (!session.wishlist.isEmpty() && chance(b.wishlistRemove())) {
			String gameId = any(session.wishlist);
			session.wishlist.remove(gameId);
			return other(session, this.events.wishlist(session, gameId, ItemAction.REMOVE));
		}
		if (chance(b.searchShare())) {
			return search(session);
		}
		return browse(session);
	}

	private GamePageViewed browse(ShopperSession session) {
		if (!session.wishlist.isEmpty() && chance(VIEW_FROM_WISHLIST)) {
			return view(session, any(session.wishlist), ViewSource.WISHLIST, null);
		}
		ShopperBehaviour.EntryMix entry = this.behaviour.entry();
		double roll = this.random.nextDouble() * (entry.browse() + entry.recommendation() + entry.direct());
		ViewSource source = (roll < entry.browse()) ? ViewSource.BROWSE
				: (roll < entry.browse() + entry.recommendation()) ? ViewSource.RECOMMENDATION : ViewSource.DIRECT;
		return view(session, pickGameId(), source, null);
	}

	private StoreEvent search(ShopperSession session) {
		String query = chance(this.behaviour.zeroResultShare()) ? this.search.zeroResultQuery(this.random)
				: this.search.queryFor(this.picker.pick(this.random), this.random);
		SearchIndex.Results results = this.search.results(query);
		session.last = Step.SEARCHED;
		session.lastSearchId = this.events.id("q-");
		session.lastSearchResults = results.shown();
		return this.events.search(session, session.lastSearchId, query, results.count(), results.shown());
	}

	private GamePageViewed view(ShopperSession session, String gameId, ViewSource source, String searchId) {
		session.last = Step.VIEWED;
		session.lastViewedGameId = gameId;
		return this.events.view(session, gameId, source, searchId);
	}

	private CartAction cartAdd(ShopperSession session, String gameId, int index) {
		int price = this.pricing.priceCents(index);
		session.cart.put(gameId, price);
		return other(session, this.events.cart(session, gameId, ItemAction.ADD, price));
	}

	private Purchase purchase(ShopperSession session) {
		List<Purchase.Item> items = new ArrayList<>(session.cart.size());
		session.cart.forEach((gameId, price) -> items.add(new Purchase.Item(gameId, price)));
		session.cart.clear();
		PaymentMethod method = PAYMENT_METHODS[this.random.nextInt(PAYMENT_METHODS.length)];
		return other(session, this.events.purchase(session, items, method));
	}

	private Funnel firsts(ShopperSession session, StoreEvent event) {
		if (event instanceof GamePageViewed && !session.hasViewed) {
			session.hasViewed = true;
			return FIRST_VIEW;
		}
		if (event instanceof WishlistAction wishlist && wishlist.action() == ItemAction.ADD && !session.hasWishlisted) {
			session.hasWishlisted = true;
			return FIRST_WISHLIST;
		}
		if (event instanceof CartAction cart && cart.action() == ItemAction.ADD && !session.hasCarted) {
			session.hasCarted = true;
			return FIRST_CART;
		}
		if (event instanceof Purchase && !session.hasPurchased) {
			session.hasPurchased = true;
			return FIRST_PURCHASE;
		}
		return Funnel.EMPTY;
	}

	private boolean leaves(ShopperSession session, StoreEvent event) {
		if (session.actions >= this.behaviour.maxActions()) {
			return true;
		}
		if (event instanceof Purchase) {
			return !chance(STAY_AFTER_PURCHASE);
		}
		return chance(session.cart.isEmpty() ? this.behaviour.leave() : this.behaviour.abandonment());
	}

	private String pickGameId() {
		return this.catalog.games().get(this.picker.pick(this.random)).id();
	}

	private <E extends StoreEvent> E other(ShopperSession session, E event) {
		session.last = Step.OTHER;
		return event;
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private String any(Collection<String> items) {
		int skip = this.random.nextInt(items.size());
		Iterator<String> iterator = items.iterator();
		for (int i = 0; i < skip; i++) {
			iterator.next();
		}
		return iterator.next();
	}

}
