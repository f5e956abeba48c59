package dev.kafkaplayground.dashboard.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.kafkaplayground.events.topics.Topics;

/** What a topic is for in the playground, as {@code /api/pipeline} names it. */
public enum TopicRole {

	/** A store topic the generator writes and the processor reads. */
	INPUT("input"),

	/** {@code analytics.metrics}. */
	OUTPUT("output"),

	/** {@code analytics.dlq}. */
	DEAD_LETTER("dead-letter"),

	/** {@code generator.truth}. */
	TRUTH("truth"),

	/** {@code analytics.processor-status}. */
	STATUS("status"),

	/** A repartition or changelog topic of the processor's Kafka Streams application. */
	INTERNAL("internal");

	private final String wireName;

	TopicRole(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	/** The role of one of the playground's topics; any other topic is internal. */
	static TopicRole of(String topic) {
		if (Topics.STORE_TOPICS.contains(topic)) {
			return INPUT;
		}
		return switch (topic) {
			case Topics.METRICS -> OUTPUT;
			case Topics.DEAD_LETTERS -> DEAD_LETTER;
			case Topics.GENERATOR_TRUTH -> TRUTH;
			case Topics.PROCESSOR_STATUS -> STATUS;
			default -> INTERNAL;
		};
	}

}
