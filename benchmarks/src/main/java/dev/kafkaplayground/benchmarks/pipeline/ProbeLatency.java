package dev.kafkaplayground.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.benchmarks.Arguments;
import dev.kafkaplayground.benchmarks.Results;
import dev.kafkaplayground.benchmarks.StoreOffsets;
import dev.kafkaplayground.benchmarks.sse.SseClients;
import dev.kafkaplayground.benchmarks.sse.SseEvent;
import dev.kafkaplayground.benchmarks.sse.WindowJson;
import dev.kafkaplayground.benchmarks.stats.Latencies;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Part (a) of {@code scripts/bench-pipeline.sh}: the latency from an event's send to the
 * window update that counts it reaching an SSE client of the dashboard, through the real
 * path (producer, Kafka, the processor with exactly-once, {@code analytics.metrics}, the
 * dashboard, {@code /api/stream}), while the generator runs.
 * <p>
 * Every {@code --interval-ms} it sends a probe: a valid {@code game_page_viewed} event
 * (the contract's serializer) whose game id and session id are the probe's own
 * ({@code bench-probe-<run>-<n>}; the contract accepts any game id), stamped with the
 * time it is sent. The processor counts it in the {@code games} section of its window, so
 * the first {@code metrics} event that lists that game id is the update that includes it.
 * Probes of the first {@code --warmup-seconds} are not timed. Prints {@code name=value}
 * result lines on stdout.
 */
public final class ProbeLatency {

	private static final String STREAM_PATH = "/api/stream";

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

	// after the last probe, wait this long at most for the updates of the last ones
	private static final Duration MAX_DRAIN = Duration.ofSeconds(60);

	// the slices of latency-ms-over-time
	private static final Duration SLICE = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(ProbeLatency.class);

	private final String prefix = "bench-probe-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
			+ "-";

	private final AtomicLongArray sentAt;

	private final AtomicLongArray seenAt;

	private final int firstTimed;

	private final Latencies latencies = new Latencies();

	private ProbeLatency(int probes, int firstTimed) {
		this.sentAt = new AtomicLongArray(probes);
		this.seenAt = new AtomicLongArray(probes);
		this.firstTimed = firstTimed;
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args, List.of("--bootstrap-server", "--dashboard-url", "--group",
				"--seconds", "--warmup-seconds", "--interval-ms"));
		long interval = arguments.number("--interval-ms", 500);
		int warmup = (int) (arguments.number("--warmup-seconds", 30) * 1000 / interval);
		int timed = (int) (arguments.number("--seconds", 120) * 1000 / interval);
		ProbeLatency probe = new ProbeLatency(warmup + timed, warmup);
		try (SseClients stream = new SseClients(arguments.required("--dashboard-url"), STREAM_PATH, 1,
				probe::onEvent)) {
			if (stream.open(1, 1, CONNECT_TIMEOUT) != 1) {
				throw new IllegalStateException("the dashboard's event stream did not open");
			}
			probe.send(arguments.required("--bootstrap-server"), Duration.ofMillis(interval));
			Results.print("processor-lag-after-probes",
					processorLag(arguments.required("--bootstrap-server"), arguments.required("--group")));
			probe.drain();
			probe.printResults();
		}
	}

	private void send(String bootstrapServers, Duration interval) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		try (Producer<String, StoreEvent> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), PlaygroundSerdes.storeEventSerializer())) {
			ticker.scheduleAtFixedRate(() -> {
				int n = next.getAndIncrement();
				if (n < this.sentAt.length()) {
					sendProbe(producer, n);
				}
			}, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
			logger.info("Sending {} probes ({} not timed), one every {}", this.sentAt.length(), this.firstTimed,
					interval);
			Thread.sleep(interval.multipliedBy(this.sentAt.length()).toMillis());
			ticker.shutdown();
			ticker.awaitTermination(5, TimeUnit.SECONDS);
			producer.flush();
		}
		finally {
			ticker.shutdownNow();
		}
	}

	// the group's lag on the store topics when the last probe was sent: a latency far
	// above
	// the path's own delay with a large lag is a processor that does not keep up
	private static long processorLag(String bootstrapServers, String group)
			throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			StoreOffsets store = StoreOffsets.of(admin);
			return StoreOffsets.lag(store.endOffsets(admin), store.committed(admin, group));
		}
	}

	private void sendProbe(Producer<String, StoreEvent> producer, int n) {
		String id = this.prefix + n;
		Instant now = Instant.now();
		GamePageViewed event = new GamePageViewed(UUID.randomUUID(), now, id, "bench-probe", Platform.WEB, "US", id,
				ViewSource.DIRECT, null);
		this.sentAt.set(n, now.toEpochMilli());
		producer.send(new ProducerRecord<>(Topics.GAME_VIEWS, null, now.toEpochMilli(), id, event),
				(metadata, error) -> {
					if (error != null) {
						logger.warn("Could not send probe {}", n, error);
					}
				});
	}

	// on the event-loop thread
	private void onEvent(SseEvent event, long receivedAt) {
		if (!event.name().equals("metrics") || !event.data().contains(this.prefix)) {
			return;
		}
		for (String gameId : WindowJson.gameIds(event.data())) {
			if (gameId.startsWith(this.prefix)) {
				int n = Integer.parseInt(gameId.substring(this.prefix.length()));
				if (n < this.seenAt.length() && this.seenAt.compareAndSet(n, 0, receivedAt) && n >= this.firstTimed) {
					this.latencies.record(receivedAt - this.sentAt.get(n));
				}
			}
		}
	}

	private void drain() throws InterruptedException {
		long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
		while (seen() < this.seenAt.length() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private int seen() {
		int seen = 0;
		for (int n = 0; n < this.seenAt.length(); n++) {
			seen += (this.seenAt.get(n) != 0) ? 1 : 0;
		}
		return seen;
	}

	// A probe not seen by now took at least until now: it counts with that lower bound,
	// so
	// that the percentiles are not those of the fast probes only.
	private void printResults() {
		long seen = this.latencies.count();
		long now = System.currentTimeMillis();
		for (int n = this.firstTimed; n < this.seenAt.length(); n++) {
			if (this.seenAt.compareAndSet(n, 0, now)) {
				this.latencies.record(now - this.sentAt.get(n));
			}
		}
		Results.print("probes-timed", this.sentAt.length() - this.firstTimed);
		Results.print("probes-seen", seen);
		Results.print("latency-ms-p50", this.latencies.percentile(0.50));
		Results.print("latency-ms-p90", this.latencies.percentile(0.90));
		Results.print("latency-ms-p99", this.latencies.percentile(0.99));
		Results.print("latency-ms-max", this.latencies.max());
		Results.print("latency-ms-over-time", overTime(SLICE));
	}

	/**
	 * The timed probes' p50 and max in consecutive slices of send time, e.g.
	 * {@code 0-30s:1850/2630 30-60s:1790/2410}: a tail that comes from one part of the
	 * run (the processor still warming up, a rebalance) shows in that slice only.
	 */
	private String overTime(Duration slice) {
		long start = this.sentAt.get(this.firstTimed);
		Map<Long, Latencies> slices = new TreeMap<>();
		for (int n = this.firstTimed; n < this.seenAt.length(); n++) {
			slices.computeIfAbsent((this.sentAt.get(n) - start) / slice.toMillis(), (index) -> new Latencies())
				.record(this.seenAt.get(n) - this.sentAt.get(n));
		}
		List<String> figures = new ArrayList<>();
		slices.forEach((index, latencies) -> figures.add(index * slice.toSeconds() + "-"
				+ (index + 1) * slice.toSeconds() + "s:" + latencies.percentile(0.5) + "/" + latencies.max()));
		return String.join(" ", figures);
	}

}
