package dev.kafkaplayground.generator.shopper;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kafkaplayground.events.Platform;

/**
 * One shopper's visit: who they are and what they did so far, the state that keeps their
 * events coherent (the results of their last search, what is in their cart and wishlist)
 * and the funnel stages they reached.
 */
final class ShopperSession {

	/** What the session did last, which decides what it may do next. */
	enum Step {

		ARRIVED, SEARCHED, VIEWED, OTHER

	}

	final String sessionId;

	final String userId;

	final Platform platform;

	final String country;

	Step last = Step.ARRIVED;

	String lastViewedGameId;

	String lastSearchId;

	List<String> lastSearchResults = List.of();

	/** Game id to the price it was carted at. */
	final Map<String, Integer> cart = new LinkedHashMap<>();

	final Set<String> wishlist = new LinkedHashSet<>();

	int actions;

	boolean hasViewed;

	boolean hasWishlisted;

	boolean hasCarted;

	boolean hasPurchased;

	boolean leaving;

	/** When, on the simulation's timeline, the shopper acts next. */
	long readyAt;

	ShopperSession(String sessionId, String userId, Platform platform, String country) {
		this.sessionId = sessionId;
		this.userId = userId;
		this.platform = platform;
		this.country = country;
	}

}
