package dev.kafkaplayground.labs.group;

import java.util.Locale;

/**
 * The consumer group protocol a member speaks ({@code group.protocol}): {@link #CLASSIC}
 * (the group leader assigns, every member stops at each rebalance) or {@link #CONSUMER}
 * (KIP-848: the broker assigns, members move only the partitions that change hands).
 */
public enum GroupProtocol {

	CLASSIC, CONSUMER;

	/** The protocol of a member started without {@code --group-protocol}. */
	public static final String DEFAULT = "classic";

	/** The value of the consumer's {@code group.protocol} setting. */
	public String configValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
