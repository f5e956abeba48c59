package dev.kafkaplayground.processor;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.ProcessingContext;

/**
 * The processor's own Kafka Streams sensors, in one place: each yields
 * {@code <name>-total} and {@code <name>-rate} in the metrics group {@value #GROUP} (on
 * {@code /actuator/prometheus} as {@code kafka_stream_analytics_<name>_total}), tagged
 * with the task id.
 */
public enum AnalyticsSensors {

	/** Records the contract check sent to the dead-letter topic. */
	RECORDS_REJECTED("records-rejected"),

	/** Events dropped by the window aggregation because their window had closed. */
	LATE_RECORDS_DROPPED("late-records-dropped"),

	/** Events whose id their session already had. */
	DUPLICATES_DROPPED("duplicates-dropped");

	/** The metrics group Kafka Streams gives sensors of scope {@value #SCOPE}. */
	public static final String GROUP = "stream-analytics-metrics";

	static final String SCOPE = "analytics";

	private final String sensorName;

	AnalyticsSensors(String sensorName) {
		this.sensorName = sensorName;
	}

	/** Name of the cumulative metric, e.g. {@code records-rejected-total}. */
	public String total() {
		return this.sensorName + "-total";
	}

	/** Adds this sensor for the context's task; remove it when the processor closes. */
	public Sensor addTo(ProcessingContext context) {
		return context.metrics()
			.addRateTotalSensor(SCOPE, context.taskId().toString(), this.sensorName, Sensor.RecordingLevel.INFO);
	}

}
