package dev.kafkaplayground.generator.truth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectWriter;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ProducerFactory;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.Topics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Publishes the ledger to {@code generator.truth} every few seconds: updates of open
 * minutes and, once, the final record of each complete minute. Key = minute start (RFC
 * 3339), record timestamp = minute start. It stops after the publishing loop, so at
 * shutdown every minute still open is published final.
 */
public final class TruthPublisher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(TruthPublisher.class);

	private final TruthLedger ledger;

	private final Producer<String, byte[]> producer;

	private final Clock clock;

	private final Duration interval;

	private final int phase;

	private final ObjectWriter writer = EventJson.mapper().writerFor(MinuteTruth.class);

	private final Counter updates;

	private final Counter finals;

	private final Counter failures;

	private ScheduledExecutorService executor;

	public TruthPublisher(TruthLedger ledger, ProducerFactory<String, byte[]> producers, Clock clock, Duration interval,
			int phase, MeterRegistry registry) {
		this.ledger = ledger;
		this.producer = producers.createProducer();
		this.clock = clock;
		this.interval = interval;
		this.phase = phase;
		this.updates = published(false, registry);
		this.finals = published(true, registry);
		this.failures = Counter.builder("playground.generator.truth.failed")
			.description("Ground-truth records whose send failed")
			.register(registry);
	}

	private static Counter published(boolean isFinal, MeterRegistry registry) {
		return Counter.builder("playground.generator.truth.published")
			.description("Ground-truth records the broker acknowledged, final or update")
			.tag("final", String.valueOf(isFinal))
			.register(registry);
	}

	@Override
	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "generator-truth"));
		long millis = this.interval.toMillis();
		this.executor.scheduleWithFixedDelay(() -> publish(false), millis, millis, TimeUnit.MILLISECONDS);
	}

	private void publish(boolean closeAll) {
		try {
			List<MinuteTruth> records = this.ledger.collect(this.clock.instant(), closeAll);
			for (MinuteTruth truth : records) {
				send(truth);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Publishing the ground truth failed; trying again next time", ex);
		}
	}

	private void send(MinuteTruth truth) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.GENERATOR_TRUTH, null,
				truth.windowStart().toEpochMilli(), EventTime.format(truth.windowStart()),
				this.writer.writeValueAsBytes(truth));
		this.producer.send(record, (metadata, failure) -> {
			if (failure == null) {
				(truth.isFinal() ? this.finals : this.updates).increment();
			}
			else {
				this.failures.increment();
				logger.warn("Could not publish the ground truth of {}", truth.windowStart(), failure);
			}
		});
	}

	@Override
	public synchronized void stop() {
		if (!isRunning()) {
			return;
		}
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
		publish(true);
		this.producer.flush();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
