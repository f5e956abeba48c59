package dev.kafkaplayground.dashboard.pipeline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One topic in {@code /api/pipeline}.
 *
 * @param name the topic
 * @param role what it is for in the playground
 * @param endOffset the sum of its partitions' end offsets
 * @param ratePerSecond the sum of its partitions' rates; null until two polls saw it
 * @param partitions its partitions, by number
 */
@JsonPropertyOrder({ "name", "role", "endOffset", "ratePerSecond", "partitions" })
public record TopicView(String name, TopicRole role, long endOffset, Double ratePerSecond,
		List<PartitionView> partitions) {

	public TopicView {
		partitions = List.copyOf(partitions);
	}

	/**
	 * One partition of a topic.
	 *
	 * @param partition its number
	 * @param endOffset the offset the next record will get
	 * @param ratePerSecond records written per second between the last two polls (end
	 * offsets include transaction markers); null until two polls saw it
	 */
	@JsonPropertyOrder({ "partition", "endOffset", "ratePerSecond" })
	public record PartitionView(int partition, long endOffset, Double ratePerSecond) {

	}

}
