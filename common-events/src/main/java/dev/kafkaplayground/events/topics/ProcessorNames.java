package dev.kafkaplayground.events.topics;

/**
 * Kafka Streams names of the analytics processor. Its internal topics are named
 * {@code <application id>-<name>-repartition} and
 * {@code <application id>-<name>-changelog}, so tools that watch the pipeline (lag,
 * partitions) can find them from here.
 */
public final class ProcessorNames {

	/** The processor's {@code application.id}: also its consumer group id. */
	public static final String APPLICATION_ID = "analytics-processor";

	/**
	 * Repartition topic that brings every input task's pre-aggregated deltas to the one
	 * window aggregation task.
	 */
	public static final String WINDOW_DELTAS_REPARTITION = "window-deltas";

	/** State store of the sessions each input task has seen, keyed by session id. */
	public static final String SESSIONS_STORE = "sessions";

	/**
	 * State store of when to look at each session next (its end, then when to forget it),
	 * keyed by instant and session id.
	 */
	public static final String SESSION_EXPIRY_STORE = "session-expiry";

	/**
	 * State store of each input task's pre-aggregated deltas, not yet sent to the window
	 * aggregation.
	 */
	public static final String TASK_DELTAS_STORE = "task-deltas";

	/** State store of the window aggregation's own stream time. */
	public static final String WINDOW_CLOCK_STORE = "window-clock";

	/** State store of the open windows. */
	public static final String WINDOW_METRICS_STORE = "window-metrics";

	private ProcessorNames() {
	}

}
