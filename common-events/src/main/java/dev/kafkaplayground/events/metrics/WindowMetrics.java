package dev.kafkaplayground.events.metrics;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.kafkaplayground.events.EventType;

/**
 * Everything measured in one 1-minute event-time window, section by section (each
 * section's figures add up over any range of windows). The record is keyed by
 * {@code windowStart}; while the window is open it is re-published with
 * {@code final=false} as counts change, then exactly once with {@code final=true} when
 * the window closes.
 *
 * @param windowStart first instant of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 * @param isFinal whether the window is closed and these are its last figures
 * @param updatedAt processing time at which these figures were published
 * @param events count of valid events per event type wire name, all five always present
 * @param revenueCents sum of {@code totalCents} of the window's purchases
 * @param orders number of purchases in the window
 * @param funnel sessions whose first view, wishlist add, cart add, purchase is in the
 * window
 * @param cart sessions whose cart converted (first purchase) or was abandoned in the
 * window
 * @param search searches performed, with zero results, clicked through, leading to a
 * purchase
 * @param games activity per game id, for the games with any in the window
 * @param late events dropped in the window because theirs had already closed
 */
@JsonPropertyOrder({ "windowStart", "windowEnd", "final", "updatedAt", "events", "revenueCents", "orders", "funnel",
		"cart", "search", "games", "late" })
public record WindowMetrics(Instant windowStart, Instant windowEnd, @JsonProperty("final") boolean isFinal,
		Instant updatedAt, Map<String, Long> events, long revenueCents, long orders, Funnel funnel, Cart cart,
		Search search, Map<String, GameActivity> games, Late late) {

	public WindowMetrics {
		events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
		// a record written before a section existed has none
		funnel = (funnel != null) ? funnel : Funnel.EMPTY;
		cart = (cart != null) ? cart : Cart.EMPTY;
		search = (search != null) ? search : Search.EMPTY;
		games = Collections.unmodifiableMap(new TreeMap<>((games != null) ? games : Map.of()));
		late = (late != null) ? late : Late.NONE;
	}

	/** Event counts with every type present, in contract order, missing ones as zero. */
	public static Map<String, Long> eventCounts(Map<EventType, Long> counts) {
		Map<String, Long> events = new LinkedHashMap<>();
		for (EventType type : EventType.values()) {
			events.put(type.wireName(), counts.getOrDefault(type, 0L));
		}
		return events;
	}

	/** All events of the window, of every type. */
	public long totalEvents() {
		return this.events.values().stream().mapToLong(Long::longValue).sum();
	}

}
