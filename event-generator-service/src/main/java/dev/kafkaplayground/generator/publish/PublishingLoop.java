package dev.kafkaplayground.generator.publish;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.generator.config.GeneratorProperties;
import dev.kafkaplayground.generator.shopper.ShopperSimulator;

/**
 * Drives the simulation: every tick it asks the shoppers for the events that are due at
 * the configured rate and publishes them. Starts with the application context (after
 * Kafka is wired) and on shutdown stops ticking, then flushes what is still in the
 * producer's buffer.
 */
@Component
class PublishingLoop implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PublishingLoop.class);

	private static final long MAX_CATCH_UP_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final ShopperSimulator shoppers;

	private final EventPublisher publisher;

	private final GeneratorProperties properties;

	private ScheduledExecutorService executor;

	private RatePacer pacer;

	private long lastTick;

	PublishingLoop(ShopperSimulator shoppers, EventPublisher publisher, GeneratorProperties properties) {
		this.shoppers = shoppers;
		this.publisher = publisher;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled() || isRunning()) {
			return;
		}
		this.pacer = new RatePacer(this.properties.eventsPerSecond(), MAX_CATCH_UP_NANOS);
		this.lastTick = System.nanoTime();
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "event-generator"));
		long tickMillis = this.properties.tick().toMillis();
		this.executor.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
		logger.info("Publishing {} events/s from {} concurrent shopper sessions", this.properties.eventsPerSecond(),
				this.properties.concurrentSessions());
	}

	private void tick() {
		try {
			long now = System.nanoTime();
			int due = this.pacer.due(now - this.lastTick);
			this.lastTick = now;
			for (int i = 0; i < due; i++) {
				this.publisher.publish(this.shoppers.next());
			}
		}
		catch (RuntimeException ex) {
			// a failed tick must not cancel the schedule: log and try again next tick
			logger.warn("Publishing tick failed", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (!isRunning()) {
			return;
		}
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		this.executor = null;
		this.publisher.flush();
		logger.info("Stopped publishing");
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
