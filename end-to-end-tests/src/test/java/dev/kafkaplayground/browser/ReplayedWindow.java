package dev.kafkaplayground.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.Topics;

/**
 * A window published final twice on {@code analytics.metrics}, as after a learner reset
 * the processor's application and it replayed the window: the replay's final record is
 * published later and replaces the first.
 */
final class ReplayedWindow implements AutoCloseable {

	/** Page views of the first final record and of the replay's. */
	static final long FIRST_VIEWS = 5;

	static final long REPLAYED_VIEWS = 7;

	private final KafkaProducer<String, WindowMetrics> metrics;

	ReplayedWindow(String bootstrapServers) {
		this.metrics = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringSerializer(), PlaygroundSerdes.windowMetrics().serializer());
	}

	/**
	 * A window twelve minutes ago (before the playground started, so the processor never
	 * writes it), final, then final again a moment later.
	 * @return its start
	 */
	Instant sendFinalThenItsReplay() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(12));
		send(start, FIRST_VIEWS, start.plus(Duration.ofSeconds(65)));
		send(start, REPLAYED_VIEWS, Instant.now());
		this.metrics.flush();
		return start;
	}

	private void send(Instant start, long views, Instant publishedAt) {
		WindowMetrics window = new WindowMetrics(start, start.plus(Duration.ofMinutes(1)), true, publishedAt,
				WindowMetrics.eventCounts(Map.of(EventType.GAME_PAGE_VIEWED, views)), 0, 0, null, null, null, null,
				null);
		this.metrics.send(new ProducerRecord<>(Topics.METRICS, EventTime.format(start), window));
	}

	@Override
	public void close() {
		this.metrics.close();
	}

}
