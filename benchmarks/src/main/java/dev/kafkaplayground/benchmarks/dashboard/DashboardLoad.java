package dev.kafkaplayground.benchmarks.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.benchmarks.Arguments;
import dev.kafkaplayground.benchmarks.Results;
import dev.kafkaplayground.benchmarks.sse.SseClients;
import dev.kafkaplayground.benchmarks.sse.SseEvent;
import dev.kafkaplayground.benchmarks.sse.WindowJson;
import dev.kafkaplayground.benchmarks.stats.Latencies;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.topics.Topics;

/**
 * The client side of {@code scripts/bench-dashboard.sh}: measures one dashboard's memory
 * with no client, opens {@code --clients} SSE streams of {@code /api/stream}, measures
 * the memory again, then sends {@code --rate} window updates a second to
 * {@code analytics.metrics} for {@code --seconds} (each stamped {@code updatedAt} = the
 * time it is sent, written with the contract's serializer) and times every
 * {@code metrics} event that reaches a client, from that stamp to its arrival. Prints
 * {@code name=value} result lines on stdout.
 */
public final class DashboardLoad {

	private static final String STREAM_PATH = "/api/stream";

	private static final int CONNECTING_AT_ONCE = 200;

	private static final Duration SETTLE = Duration.ofSeconds(3);

	// the first updates through a cold dashboard (JIT, first allocations) are not timed
	private static final Duration WARM_UP = Duration.ofSeconds(10);

	// after the last update is sent, wait until deliveries stop for this long, at most
	// MAX_DRAIN
	private static final Duration QUIET = Duration.ofSeconds(3);

	private static final Duration MAX_DRAIN = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(DashboardLoad.class);

	private DashboardLoad() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args, List.of("--bootstrap-server", "--dashboard-url", "--dashboard-pid",
				"--clients", "--rate", "--seconds", "--client-threads", "--connect-timeout-seconds"));
		int clients = (int) arguments.number("--clients", 5000);
		double rate = arguments.number("--rate", 2);
		Duration feed = Duration.ofSeconds(arguments.number("--seconds", 60));
		MemoryProbe memory = new MemoryProbe(Long.parseLong(arguments.required("--dashboard-pid")));

		MemoryProbe.Sample idle = memory.sample();
		Results.print("heap-0-kb", idle.heapUsedKb());
		Results.print("rss-0-kb", idle.rssKb());

		Latencies delays = new Latencies();
		AtomicLong feedStart = new AtomicLong(Long.MAX_VALUE);
		try (SseClients streams = new SseClients(arguments.required("--dashboard-url"), STREAM_PATH,
				(int) arguments.number("--client-threads", 2), (event, at) -> time(event, at, feedStart, delays))) {
			long start = System.nanoTime();
			long opened = streams.open(clients, CONNECTING_AT_ONCE,
					Duration.ofSeconds(arguments.number("--connect-timeout-seconds", 60)));
			Results.print("clients-connected", opened);
			Results.print("clients-failed", clients - opened);
			Results.print("connect-ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
			Thread.sleep(SETTLE.toMillis());
			MemoryProbe.Sample loaded = memory.sample();
			Results.print("heap-n-kb", loaded.heapUsedKb());
			Results.print("rss-n-kb", loaded.rssKb());

			CpuTime cpu = new CpuTime(memory.pid());
			long sent = send(arguments.required("--bootstrap-server"), rate, feed, feedStart);
			Results.print("records-sent", sent);
			drain(delays);
			cpu.printSince();
			Results.print("clients-open-at-end", streams.openStreams());
			Results.print("stream-failures", streams.failures());
		}
		Results.print("updates-delivered", delays.count());
		Results.print("delay-ms-p50", delays.percentile(0.50));
		Results.print("delay-ms-p90", delays.percentile(0.90));
		Results.print("delay-ms-p99", delays.percentile(0.99));
		Results.print("delay-ms-max", delays.max());
	}

	// on an event-loop thread: only updates sent by this run count (not the snapshot)
	private static void time(SseEvent event, long receivedAt, AtomicLong feedStart, Latencies delays) {
		if (!event.name().equals("metrics")) {
			return;
		}
		WindowJson.updatedAt(event.data())
			.map(Instant::toEpochMilli)
			.filter((updatedAt) -> updatedAt >= feedStart.get())
			.ifPresent((updatedAt) -> delays.record(receivedAt - updatedAt));
	}

	// sends for WARM_UP, then for `duration` after `measureFrom`, which it sets; returns
	// how
	// many it sent then
	private static long send(String bootstrapServers, double rate, Duration duration, AtomicLong measureFrom)
			throws InterruptedException, IOException {
		WindowRecords records = new WindowRecords();
		AtomicLong sent = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		try (Producer<String, WindowMetrics> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), PlaygroundSerdes.windowMetrics().serializer())) {
			long period = Math.max(1, Math.round(1e9 / rate));
			measureFrom.set(System.currentTimeMillis() + WARM_UP.toMillis());
			ticker.scheduleAtFixedRate(() -> {
				Instant now = Instant.now();
				WindowMetrics update = records.update(now);
				producer.send(new ProducerRecord<>(Topics.METRICS, EventTime.format(update.windowStart()), update),
						(metadata, error) -> {
							if (error != null) {
								logger.warn("Could not send a window update", error);
							}
							else {
								bytes.set(metadata.serializedValueSize());
							}
						});
				if (now.toEpochMilli() >= measureFrom.get()) {
					sent.incrementAndGet();
				}
			}, 0, period, TimeUnit.NANOSECONDS);
			logger.info("Sending {} window updates a second for {}", rate, duration);
			Thread.sleep(WARM_UP.plus(duration).toMillis());
			ticker.shutdown();
			ticker.awaitTermination(5, TimeUnit.SECONDS);
			producer.flush();
		}
		finally {
			ticker.shutdownNow();
		}
		Results.print("record-bytes", bytes.get());
		return sent.get();
	}

	// waits until no update has arrived for QUIET, at most MAX_DRAIN
	private static void drain(Latencies delays) throws InterruptedException {
		long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
		long last = -1;
		while (System.nanoTime() < deadline) {
			long now = delays.count();
			if (now == last) {
				return;
			}
			last = now;
			Thread.sleep(QUIET.toMillis());
		}
		logger.warn("Updates still arriving {} after the last was sent", MAX_DRAIN);
	}

}
