package dev.kafkaplayground.processor.window;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * Additive figures of some events: one event's delta on the repartition topic, or a whole
 * window's running total in the store. Adding tallies is associative, so per-task
 * pre-aggregation can be added before the shuffle without changing the result.
 *
 * @param events events per type; missing types count zero
 * @param revenueCents sum of the purchases' {@code totalCents}
 * @param orders number of purchases
 */
record Tally(Map<EventType, Long> events, long revenueCents, long orders) {

	Tally {
		events = Map.copyOf(events);
	}

	static Tally of(StoreEvent event) {
		if (event instanceof Purchase purchase) {
			return new Tally(Map.of(EventType.PURCHASE, 1L), purchase.totalCents(), 1);
		}
		return new Tally(Map.of(event.eventType(), 1L), 0, 0);
	}

	Tally plus(Tally other) {
		Map<EventType, Long> sum = new EnumMap<>(EventType.class);
		sum.putAll(this.events);
		other.events.forEach((type, count) -> sum.merge(type, count, Long::sum));
		return new Tally(sum, this.revenueCents + other.revenueCents, this.orders + other.orders);
	}

	WindowMetrics toMetrics(Instant windowStart, Instant windowEnd, boolean isFinal, Instant updatedAt) {
		return new WindowMetrics(windowStart, windowEnd, isFinal, updatedAt, WindowMetrics.eventCounts(this.events),
				this.revenueCents, this.orders);
	}

}
