package dev.kafkaplayground.processor.config;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Keeps each Kafka consumer meter of a topic once, under the topic's real name.
 * <p>
 * For a topic whose name has a dot, Kafka's consumer registers every per-topic and
 * per-partition fetch metric ({@code records-lag}, {@code records-lead},
 * {@code bytes-fetched}, {@code records-fetched}, {@code preferred-read-replica}) twice:
 * tagged with the real name ({@code store.purchases}) and again with the dots replaced by
 * underscores ({@code store_purchases}), a form Kafka keeps for compatibility and marks
 * deprecated in the metrics' descriptions. Micrometer's Kafka Streams binder binds both,
 * so {@code /actuator/prometheus} had two series per partition with the same value. This
 * filter denies the underscore copies of the given topics only: a topic whose real name
 * has underscores keeps its meters.
 */
final class TopicMetersUnderRealNames implements MeterFilter {

	private static final String FETCH_METERS = "kafka.consumer.fetch.manager.";

	private final Set<String> underscoreCopies;

	/**
	 * @param topics the topics the processor reads, under their real names
	 */
	TopicMetersUnderRealNames(Collection<String> topics) {
		this.underscoreCopies = topics.stream()
			.filter((topic) -> topic.contains("."))
			.map((topic) -> topic.replace('.', '_'))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public MeterFilterReply accept(Meter.Id id) {
		String topic = id.getTag("topic");
		boolean copy = topic != null && id.getName().startsWith(FETCH_METERS) && this.underscoreCopies.contains(topic);
		return copy ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
	}

}
