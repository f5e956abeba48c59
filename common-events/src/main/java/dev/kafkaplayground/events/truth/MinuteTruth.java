package dev.kafkaplayground.events.truth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;

/**
 * The generator's ground truth for one event-time minute, on
 * {@link dev.kafkaplayground.events.topics.Topics#GENERATOR_TRUTH}: the exact figures of
 * the valid events of that minute that the broker acknowledged, named as in the metrics
 * record where they overlap. Late events count in the minute of their {@code occurredAt};
 * duplicates and poison pills are counted apart and never in {@code events}.
 *
 * @param windowStart first instant of the minute (inclusive), also the record key
 * @param windowEnd end of the minute (exclusive)
 * @param isFinal whether every event of the minute has been acknowledged, late ones
 * included: these figures will not change again
 * @param events valid acknowledged events per event type wire name, all five present
 * @param revenueCents sum of {@code totalCents} of the minute's purchases
 * @param orders purchases in the minute
 * @param games activity per game id, for games with any
 * @param funnel sessions whose first view, wishlist add, cart add, purchase is in the
 * minute
 * @param late events of the minute that were held back and sent late (also in
 * {@code events})
 * @param duplicates records re-sent with the {@code eventId} of an event of the minute
 * @param poisonPills invalid records sent during the minute
 */
@JsonPropertyOrder({ "windowStart", "windowEnd", "final", "events", "revenueCents", "orders", "games", "funnel", "late",
		"duplicates", "poisonPills" })
public record MinuteTruth(Instant windowStart, Instant windowEnd, @JsonProperty("final") boolean isFinal,
		Map<String, Long> events, long revenueCents, long orders, Map<String, GameActivity> games, Funnel funnel,
		long late, long duplicates, long poisonPills) {

	public MinuteTruth {
		events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
		games = Collections.unmodifiableMap(new TreeMap<>(games));
	}

	/** All valid events of the minute, of every type. */
	public long totalEvents() {
		return this.events.values().stream().mapToLong(Long::longValue).sum();
	}

}
