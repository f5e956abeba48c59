package dev.kafkaplayground.labs.group;

import java.time.Instant;

/**
 * When a member leaves its group by itself (a consumer group's, or a share group's
 * worker).
 *
 * @param maxRecords after the poll that reaches this many records
 * @param deadline at this instant
 */
public record Limits(long maxRecords, Instant deadline) {

	/** No limit: the member runs until it is stopped. */
	public static final Limits NONE = new Limits(Long.MAX_VALUE, Instant.MAX);

	/** Whether a member that has read this many records stops now. */
	public boolean reached(long records) {
		return records >= this.maxRecords || !Instant.now().isBefore(this.deadline);
	}

}
