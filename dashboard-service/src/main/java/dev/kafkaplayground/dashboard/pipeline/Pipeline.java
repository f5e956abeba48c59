package dev.kafkaplayground.dashboard.pipeline;

import java.util.List;

import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * The pipeline as the dashboard sees it, the data of {@code /api/pipeline} and of the
 * stream's {@code pipeline} event. More fields (topics, consumer lag) will come; readers
 * must ignore fields they do not know.
 *
 * @param instances the processor instances that are there, by instance id: the latest
 * status record of each, as on {@code analytics.processor-status}
 */
public record Pipeline(List<ProcessorStatus> instances) {

	public Pipeline {
		instances = List.copyOf(instances);
	}

}
