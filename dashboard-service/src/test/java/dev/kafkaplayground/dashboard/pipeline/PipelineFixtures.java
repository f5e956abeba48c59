package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;

/** For tests of other packages: what the poller would do. */
public final class PipelineFixtures {

	private PipelineFixtures() {
	}

	/**
	 * Publishes a poll that found nothing but {@code deadLettered} records, at
	 * {@code at}.
	 */
	public static void publishPoll(PipelineView view, Instant at, long deadLettered) {
		view.publish(new PolledState(at, List.of(), null, List.of(), deadLettered, null));
	}

}
