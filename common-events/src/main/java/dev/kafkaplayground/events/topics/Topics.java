package dev.kafkaplayground.events.topics;

import java.util.List;

/**
 * Every topic name of the playground. Other programs read these names: never rename one.
 */
public final class Topics {

	public static final String GAME_VIEWS = "store.game-views";

	public static final String WISHLIST_EVENTS = "store.wishlist-events";

	public static final String CART_EVENTS = "store.cart-events";

	public static final String PURCHASES = "store.purchases";

	public static final String SEARCHES = "store.searches";

	/** Window aggregates written by the analytics processor. */
	public static final String METRICS = "analytics.metrics";

	/** Input records the analytics processor rejected, with the reason in headers. */
	public static final String DEAD_LETTERS = "analytics.dlq";

	/**
	 * One record per running processor instance (key = instance id): its Kafka Streams
	 * state, tasks, partitions and counts, every few seconds; a tombstone when it stops
	 * cleanly. Compacted, one partition.
	 */
	public static final String PROCESSOR_STATUS = "analytics.processor-status";

	/**
	 * The generator's ground truth: per event-time minute, the exact figures of the valid
	 * events the broker acknowledged.
	 */
	public static final String GENERATOR_TRUTH = "generator.truth";

	/**
	 * The five store topics, which share one partition count and the {@code sessionId}
	 * key.
	 */
	public static final List<String> STORE_TOPICS = List.of(GAME_VIEWS, WISHLIST_EVENTS, CART_EVENTS, PURCHASES,
			SEARCHES);

	private Topics() {
	}

}
