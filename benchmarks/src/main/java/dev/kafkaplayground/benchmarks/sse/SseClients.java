package dev.kafkaplayground.benchmarks.sse;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Many concurrent SSE streams of one URL in this JVM, on a few Reactor Netty event-loop
 * threads: one connection per stream (no pool), each with its own {@link SseParser}.
 * Every event goes to one listener with the wall-clock time it was read.
 */
public final class SseClients implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SseClients.class);

	private final LoopResources loops;

	private final HttpClient client;

	private final String path;

	private final Listener listener;

	private final Queue<Disposable> streams = new ConcurrentLinkedQueue<>();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger failures = new AtomicInteger();

	/**
	 * @param baseUrl e.g. {@code http://127.0.0.1:8000}
	 * @param path e.g. {@code /api/stream}
	 * @param threads event-loop threads
	 * @param listener called on an event-loop thread for every event of every stream
	 */
	public SseClients(String baseUrl, String path, int threads, Listener listener) {
		this.loops = LoopResources.create("sse-client", threads, true);
		this.client = HttpClient.create(ConnectionProvider.newConnection())
			.runOn(this.loops)
			.baseUrl(baseUrl)
			.headers((headers) -> headers.set("Accept", "text/event-stream"));
		this.path = path;
		this.listener = listener;
	}

	/**
	 * Opens streams, at most {@code parallel} connecting at once, each given
	 * {@code timeout} to answer 200; the streams stay open until {@link #close()}.
	 * @return how many streams answered
	 */
	public long open(int count, int parallel, Duration timeout) {
		Long opened = Flux.range(0, count)
			.flatMap((i) -> openOne().timeout(timeout, Mono.just(false)), parallel)
			.filter(Boolean::booleanValue)
			.count()
			.block();
		return (opened != null) ? opened : 0;
	}

	private Mono<Boolean> openOne() {
		return Mono.defer(() -> {
			Sinks.One<Boolean> answered = Sinks.one();
			SseParser parser = new SseParser((event) -> this.listener.onEvent(event, System.currentTimeMillis()));
			Disposable stream = this.client.get().uri(this.path).response((response, body) -> {
				if (response.status().code() != 200) {
					return Mono.error(new IllegalStateException("answered " + response.status()));
				}
				this.open.incrementAndGet();
				answered.tryEmitValue(true);
				return body.doOnNext((chunk) -> feed(parser, chunk)).doFinally((signal) -> this.open.decrementAndGet());
			}).subscribe(null, (error) -> {
				if (this.failures.getAndIncrement() == 0) {
					logger.warn("An SSE stream failed (further failures are only counted)", error);
				}
				answered.tryEmitValue(false);
			}, () -> answered.tryEmitValue(false));
			this.streams.add(stream);
			return answered.asMono();
		});
	}

	private static void feed(SseParser parser, ByteBuf chunk) {
		byte[] bytes = ByteBufUtil.getBytes(chunk);
		parser.feed(bytes, 0, bytes.length);
	}

	/** Streams open now: they answered and have not ended. */
	public int openStreams() {
		return this.open.get();
	}

	/** Streams that failed: refused, cut, or answered with an error. */
	public int failures() {
		return this.failures.get();
	}

	@Override
	public void close() {
		this.streams.forEach(Disposable::dispose);
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
	}

	/** Receives every event of every stream. */
	@FunctionalInterface
	public interface Listener {

		/**
		 * @param event the event
		 * @param receivedAtMillis wall-clock time at which it was read
		 */
		void onEvent(SseEvent event, long receivedAtMillis);

	}

}
