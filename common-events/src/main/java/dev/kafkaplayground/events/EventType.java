package dev.kafkaplayground.events;

import java.util.Arrays;
import java.util.Optional;

import dev.kafkaplayground.events.topics.Topics;

/**
 * The five kinds of store event, each with its wire name and the topic it travels on.
 */
public enum EventType {

	GAME_PAGE_VIEWED(EventType.GAME_PAGE_VIEWED_NAME, Topics.GAME_VIEWS),

	WISHLIST_ACTION(EventType.WISHLIST_ACTION_NAME, Topics.WISHLIST_EVENTS),

	CART_ACTION(EventType.CART_ACTION_NAME, Topics.CART_EVENTS),

	PURCHASE(EventType.PURCHASE_NAME, Topics.PURCHASES),

	SEARCH_PERFORMED(EventType.SEARCH_PERFORMED_NAME, Topics.SEARCHES);

	static final String GAME_PAGE_VIEWED_NAME = "game_page_viewed";

	static final String WISHLIST_ACTION_NAME = "wishlist_action";

	static final String CART_ACTION_NAME = "cart_action";

	static final String PURCHASE_NAME = "purchase";

	static final String SEARCH_PERFORMED_NAME = "search_performed";

	private final String wireName;

	private final String topic;

	EventType(String wireName, String topic) {
		this.wireName = wireName;
		this.topic = topic;
	}

	/** The value of the {@code eventType} field, e.g. {@code "game_page_viewed"}. */
	public String wireName() {
		return this.wireName;
	}

	/** The topic every event of this type is published to. */
	public String topic() {
		return this.topic;
	}

	public static Optional<EventType> fromWireName(String wireName) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(wireName)).findFirst();
	}

	public static Optional<EventType> forTopic(String topic) {
		return Arrays.stream(values()).filter((type) -> type.topic.equals(topic)).findFirst();
	}

}
