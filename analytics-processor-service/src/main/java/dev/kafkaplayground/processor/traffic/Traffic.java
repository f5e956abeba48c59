package dev.kafkaplayground.processor.traffic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;

/**
 * The traffic section of some events: the metrics record's {@code events},
 * {@code revenueCents} and {@code orders}. Adding is associative, so deltas may be
 * combined in any grouping.
 *
 * @param events events per type; missing types count zero
 * @param revenueCents sum of the purchases' {@code totalCents}
 * @param orders number of purchases
 */
public record Traffic(Map<EventType, Long> events, long revenueCents, long orders) {

	public static final Traffic NONE = new Traffic(Map.of(), 0, 0);

	public Traffic {
		// an EnumMap: the pre-aggregation adds traffic for every event, and it copies and
		// merges fastest
		EnumMap<EventType, Long> copy = new EnumMap<>(EventType.class);
		if (events != null) {
			copy.putAll(events);
		}
		events = Collections.unmodifiableMap(copy);
	}

	/** One event's contribution. */
	public static Traffic of(StoreEvent event) {
		if (event instanceof Purchase purchase) {
			return new Traffic(Map.of(EventType.PURCHASE, 1L), purchase.totalCents(), 1);
		}
		return new Traffic(Map.of(event.eventType(), 1L), 0, 0);
	}

	/** Events of every type together. */
	public long total() {
		return this.events.values().stream().mapToLong(Long::longValue).sum();
	}

	public Traffic plus(Traffic other) {
		if (other.events.isEmpty() && other.revenueCents == 0 && other.orders == 0) {
			return this;
		}
		Map<EventType, Long> sum = new EnumMap<>(EventType.class);
		sum.putAll(this.events);
		other.events.forEach((type, count) -> sum.merge(type, count, Long::sum));
		return new Traffic(sum, this.revenueCents + other.revenueCents, this.orders + other.orders);
	}

}
