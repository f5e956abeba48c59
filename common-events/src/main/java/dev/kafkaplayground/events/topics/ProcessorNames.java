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
	 * Repartition topic that brings every event's delta to the one window aggregation
	 * task.
	 */
	public static final String WINDOW_DELTAS_REPARTITION = "window-deltas";

	/** State store of the open windows. */
	public static final String WINDOW_METRICS_STORE = "window-metrics";

	private ProcessorNames() {
	}

}
