package dev.kafkaplayground.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Valid records whose texts are markup: a game id on {@code analytics.metrics} and a
 * processor instance id on {@code analytics.processor-status}. The page must show them as
 * the characters they are.
 */
final class HostileRecords implements AutoCloseable {

	/** Would add an image whose error handler marks the page, were it parsed as HTML. */
	static final String IMAGE = "<img src=x onerror=\"document.body.dataset.xss='img'\">";

	/** Would run, were it parsed as HTML (and the policy allowed it). */
	static final String SCRIPT = "<script>document.body.dataset.xss='script'</script>";

	private final KafkaProducer<String, WindowMetrics> metrics;

	private final KafkaProducer<String, ProcessorStatus> status;

	HostileRecords(String bootstrapServers) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		this.metrics = new KafkaProducer<>(config, new StringSerializer(),
				PlaygroundSerdes.windowMetrics().serializer());
		this.status = new KafkaProducer<>(config, new StringSerializer(),
				PlaygroundSerdes.processorStatus().serializer());
	}

	/**
	 * A window ten minutes ago (before the playground started, so the processor never
	 * writes it) where the two hostile game ids are the most viewed games by far. Not
	 * final, so that tests comparing closed minutes with the ground truth on the same
	 * broker never take it for the processor's.
	 */
	Instant sendWindowWithHostileGameIds() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(10));
		Map<String, Long> events = new LinkedHashMap<>();
		events.put("game_page_viewed", 2_000_000L);
		events.put("wishlist_action", 0L);
		events.put("cart_action", 0L);
		events.put("purchase", 2L);
		events.put("search_performed", 0L);
		GameActivity popular = new GameActivity(1_000_000, 0, 0, 1, 999);
		WindowMetrics window = new WindowMetrics(start, start.plus(Duration.ofMinutes(1)), false, Instant.now(), events,
				1998, 2, new Funnel(0, 0, 0, 0), new Cart(0, 0), new Search(0, 0, 0, 0),
				Map.of(IMAGE, popular, SCRIPT, popular), new Late(0));
		this.metrics.send(new ProducerRecord<>(Topics.METRICS, EventTime.format(start), window));
		this.metrics.flush();
		return start;
	}

	/**
	 * A running instance named with markup; it reports now, so the dashboard lists it.
	 */
	void reportHostileInstance() {
		ProcessorStatus hostile = new ProcessorStatus(IMAGE, "RUNNING", SCRIPT, 8082, List.of(), List.of(), Map.of(), 0,
				0, 0, null, Instant.now());
		this.status.send(new ProducerRecord<>(Topics.PROCESSOR_STATUS, IMAGE, hostile));
		this.status.flush();
	}

	/** Its tombstone: it stopped. */
	void removeHostileInstance() {
		this.status.send(new ProducerRecord<>(Topics.PROCESSOR_STATUS, IMAGE, null));
		this.status.flush();
	}

	@Override
	public void close() {
		this.metrics.close();
		this.status.close();
	}

}
