package dev.kafkaplayground.events.topics;

/**
 * Headers of a record on {@link Topics#DEAD_LETTERS}. The value is the rejected record's
 * original bytes and the key its original key; these headers say why and where it came
 * from. All header values are UTF-8 strings.
 */
public final class DeadLetterHeaders {

	/** Human-readable reason: which field, what was wrong. */
	public static final String REASON = "dlq.reason";

	/** Topic the rejected record was read from. */
	public static final String SOURCE_TOPIC = "dlq.source.topic";

	/** Partition the rejected record was read from. */
	public static final String SOURCE_PARTITION = "dlq.source.partition";

	/** Offset of the rejected record in its partition. */
	public static final String SOURCE_OFFSET = "dlq.source.offset";

	private DeadLetterHeaders() {
	}

}
