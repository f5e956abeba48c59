package dev.kafkaplayground.labs.revenue;

import java.nio.ByteBuffer;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The running figures of one window: orders (purchases) and the sum of their
 * {@code totalCents}.
 *
 * @param orders purchases counted
 * @param revenueCents sum of their totals
 */
record MinuteRevenue(long orders, long revenueCents) {

	static final MinuteRevenue NONE = new MinuteRevenue(0, 0);

	private static final int BYTES = 2 * Long.BYTES;

	/** The aggregator: these figures with one more purchase of {@code totalCents}. */
	MinuteRevenue add(long totalCents) {
		return new MinuteRevenue(this.orders + 1, this.revenueCents + totalCents);
	}

	/** Two longs, for the window store and its changelog. */
	static Serde<MinuteRevenue> serde() {
		return Serdes.serdeFrom((topic, revenue) -> (revenue != null)
				? ByteBuffer.allocate(BYTES).putLong(revenue.orders).putLong(revenue.revenueCents).array() : null,
				(topic, bytes) -> {
					if (bytes == null) {
						return null;
					}
					ByteBuffer buffer = ByteBuffer.wrap(bytes);
					return new MinuteRevenue(buffer.getLong(), buffer.getLong());
				});
	}

}
