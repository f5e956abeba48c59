package dev.kafkaplayground.labs.revenue;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Window;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;

/**
 * The final figures of one minute, as written to {@code lab.revenue-per-minute} (JSON,
 * the contract's instants) and printed: the same {@code revenueCents} and {@code orders}
 * as the processor's final window of that minute on {@code analytics.metrics}.
 *
 * @param windowStart first instant of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 * @param orders purchases in the window
 * @param revenueCents sum of their {@code totalCents}
 */
@JsonPropertyOrder({ "windowStart", "windowEnd", "orders", "revenueCents" })
public record RevenueWindow(Instant windowStart, Instant windowEnd, long orders, long revenueCents) {

	static RevenueWindow of(Window window, MinuteRevenue revenue) {
		return new RevenueWindow(window.startTime(), window.endTime(), revenue.orders(), revenue.revenueCents());
	}

	/** JSON with {@link EventJson}'s mapper. */
	public static Serde<RevenueWindow> serde() {
		return Serdes.serdeFrom(
				(topic, window) -> (window != null) ? EventJson.mapper().writeValueAsBytes(window) : null,
				(topic, bytes) -> (bytes != null) ? EventJson.mapper().readValue(bytes, RevenueWindow.class) : null);
	}

	/**
	 * The line printed for a final window, with the field names of the processor's
	 * metrics records.
	 */
	@Override
	public String toString() {
		return "minute " + EventTime.format(this.windowStart) + " to " + EventTime.format(this.windowEnd) + ": orders="
				+ this.orders + " revenueCents=" + this.revenueCents;
	}

}
