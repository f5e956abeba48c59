package dev.kafkaplayground.generator.shopper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kafkaplayground.events.Platform;

/**
 * What one simulated shopper has done so far in a visit: the state that keeps their
 * events coherent (search results they click, what is in their cart).
 */
final class ShopperSession {

	final String sessionId;

	final String userId;

	final Platform platform;

	final String country;

	String lastSearchId;

	List<String> lastSearchResults = List.of();

	final Map<String, Integer> cart = new LinkedHashMap<>();

	final Set<String> wishlist = new LinkedHashSet<>();

	final List<String> viewed = new ArrayList<>();

	int eventsLeft;

	ShopperSession(String sessionId, String userId, Platform platform, String country, int eventsLeft) {
		this.sessionId = sessionId;
		this.userId = userId;
		this.platform = platform;
		this.country = country;
		this.eventsLeft = eventsLeft;
	}

}
