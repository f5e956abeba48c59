package dev.kafkaplayground.tools.exactlyonce;

import tools.jackson.databind.JsonNode;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * One record of {@code analytics.metrics} as the check needs it: the metrics and the
 * events the processor reports as dropped late in this window ({@code late.dropped}).
 *
 * @param metrics the window's figures
 * @param lateDropped events dropped as late while this window was the one open at the
 * aggregation's stream time (not events of this window); 0 when the record has no
 * {@code late} section
 */
public record ComputedWindow(WindowMetrics metrics, long lateDropped) {

	/**
	 * Reads a metrics record. The {@code late} section is read from the JSON tree, so
	 * records written before it existed read as 0 dropped.
	 */
	public static ComputedWindow parse(byte[] json) {
		JsonNode tree = EventJson.mapper().readTree(json);
		WindowMetrics metrics = EventJson.mapper().treeToValue(tree, WindowMetrics.class);
		return new ComputedWindow(metrics, tree.path("late").path("dropped").asLong(0));
	}

}
