package dev.kafkaplayground.dashboard.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The poller's meters: {@code dashboard_pipeline_polls_total{outcome}},
 * {@code dashboard_pipeline_poll_duration_seconds} and
 * {@code dashboard_group_lag_messages}.
 */
final class PipelineMeters {

	private final Counter succeeded;

	private final Counter failed;

	private final Timer duration;

	PipelineMeters(MeterRegistry registry, PipelineView view) {
		this.succeeded = polls(registry, "success");
		this.failed = polls(registry, "failure");
		this.duration = Timer.builder("dashboard.pipeline.poll.duration")
			.description("Time one poll of Kafka for /api/pipeline takes, lag probe included")
			.register(registry);
		Gauge.builder("dashboard.group.lag.messages", view, PipelineMeters::lagMessages)
			.description("Records the processor's consumer group has not read yet (NaN without a group)")
			.register(registry);
	}

	Timer duration() {
		return this.duration;
	}

	void succeeded() {
		this.succeeded.increment();
	}

	void failed() {
		this.failed.increment();
	}

	private static Counter polls(MeterRegistry registry, String outcome) {
		return Counter.builder("dashboard.pipeline.polls")
			.description("Polls of Kafka for /api/pipeline")
			.tag("outcome", outcome)
			.register(registry);
	}

	private static double lagMessages(PipelineView view) {
		GroupView group = view.polled().group();
		return (group != null) ? group.totalLag().messages() : Double.NaN;
	}

}
