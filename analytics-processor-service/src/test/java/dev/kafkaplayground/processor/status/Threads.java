package dev.kafkaplayground.processor.status;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.internals.TaskMetadataImpl;
import org.apache.kafka.streams.processor.internals.ThreadMetadataImpl;

/** Kafka Streams' own thread and task metadata, as a running client reports them. */
final class Threads {

	private Threads() {
	}

	static ThreadMetadata thread(String name, Set<TaskMetadata> active, Set<TaskMetadata> standby) {
		return new ThreadMetadataImpl(name, "RUNNING", name + "-consumer", name + "-restore-consumer",
				name + "-producer", "admin", active, standby);
	}

	/** A task of sub-topology {@code subtopology} reading partition {@code partition}. */
	static TaskMetadata task(int subtopology, int partition, String... topics) {
		Set<TopicPartition> partitions = Set.of(topics)
			.stream()
			.map((topic) -> new TopicPartition(topic, partition))
			.collect(Collectors.toSet());
		return new TaskMetadataImpl(new TaskId(subtopology, partition), partitions, Map.of(), Map.of(),
				Optional.empty());
	}

}
