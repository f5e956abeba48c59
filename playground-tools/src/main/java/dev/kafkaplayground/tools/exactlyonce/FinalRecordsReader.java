package dev.kafkaplayground.tools.exactlyonce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Reads {@code generator.truth} and {@code analytics.metrics} up to their current end,
 * read-committed (the processor writes in transactions: aborted records must not count),
 * without a consumer group: nothing is committed and nothing else is disturbed.
 */
public final class FinalRecordsReader {

	private static final Duration POLL = Duration.ofMillis(500);

	private final String bootstrapServers;

	public FinalRecordsReader(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * @param since read records with a timestamp from this instant on; null for
	 * everything
	 * @param timeout how long reading may take
	 * @throws IllegalStateException when a topic does not exist or the broker does not
	 * answer in time
	 */
	public FinalRecords read(Instant since, Duration timeout) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false, ConsumerConfig.CLIENT_ID_CONFIG, "verify-exactly-once");
		Instant deadline = Instant.now().plus(timeout);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			partitions.addAll(partitions(consumer, Topics.GENERATOR_TRUTH, timeout));
			partitions.addAll(partitions(consumer, Topics.METRICS, timeout));
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
			seek(consumer, ends, since, timeout);
			FinalRecords.Builder records = FinalRecords.builder();
			while (!ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue())) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("could not read " + Topics.GENERATOR_TRUTH + " and "
							+ Topics.METRICS + " to their end within " + timeout.toSeconds() + " s");
				}
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					add(records, record);
				}
			}
			return records.build();
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("no answer from a Kafka broker at " + this.bootstrapServers + " within "
					+ timeout.toSeconds() + " s: is the playground running?", ex);
		}
	}

	private static void add(FinalRecords.Builder records, ConsumerRecord<byte[], byte[]> record) {
		if (record.value() == null) {
			return;
		}
		if (record.topic().equals(Topics.GENERATOR_TRUTH)) {
			records.truth(EventJson.mapper().readValue(record.value(), MinuteTruth.class));
		}
		else {
			records.window(ComputedWindow.parse(record.value()));
		}
	}

	private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
		List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
		if (infos == null || infos.isEmpty()) {
			throw new IllegalStateException("topic " + topic + " does not exist: is the playground running?");
		}
		return infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList();
	}

	/**
	 * Seeks each partition to its first record from {@code since} on, or to its end when
	 * it has none. Each partition is sought by itself: {@code seekToEnd} of an empty
	 * collection would move every assigned partition to its end, and nothing would be
	 * read whenever every partition has a record since.
	 */
	private static void seek(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends, Instant since,
			Duration timeout) {
		if (since == null) {
			consumer.seekToBeginning(ends.keySet());
			return;
		}
		Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(
				ends.keySet().stream().collect(Collectors.toMap(Function.identity(), (p) -> since.toEpochMilli())),
				timeout);
		ends.forEach((partition, end) -> {
			OffsetAndTimestamp first = offsets.get(partition);
			consumer.seek(partition, (first != null) ? first.offset() : end);
		});
	}

}
