package dev.kafkaplayground.generator.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectWriter;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.generator.config.GeneratorProperties;
import dev.kafkaplayground.generator.faults.FaultInjector;
import dev.kafkaplayground.generator.faults.PoisonPill;
import dev.kafkaplayground.generator.shopper.Generated;
import dev.kafkaplayground.generator.simulation.StoreSimulation;
import dev.kafkaplayground.generator.traffic.Pacer;
import dev.kafkaplayground.generator.traffic.RateMeter;
import dev.kafkaplayground.generator.truth.MinuteTally;
import dev.kafkaplayground.generator.truth.TruthLedger;

/**
 * Drives the simulation against the wall clock: every tick it sends the events due at the
 * target rate, releases late events whose delay is over and lets the fault knobs strike.
 * Starts with the application context (after Kafka is wired); on shutdown it stops
 * ticking, sends what it still holds back and flushes the producer, so that nothing
 * generated is lost.
 */
@Component
public class PublishingLoop implements SmartLifecycle {

	/** Stops before the truth publisher, which then publishes the last minutes. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger logger = LoggerFactory.getLogger(PublishingLoop.class);

	private static final Duration MAX_CATCH_UP = Duration.ofSeconds(1);

	private static final Duration ACHIEVED_RATE_WINDOW = Duration.ofSeconds(10);

	private final StoreSimulation simulation;

	private final FaultInjector faults;

	private final EventPublisher publisher;

	private final TruthLedger ledger;

	private final GeneratorProperties properties;

	private final TopicReadiness topics;

	private final Clock clock;

	private final ObjectWriter writer = EventJson.mapper().writerFor(StoreEvent.class);

	private final LateEvents late = new LateEvents();

	private final RateMeter achieved = new RateMeter(ACHIEVED_RATE_WINDOW);

	private final Pacer pacer = new Pacer(MAX_CATCH_UP);

	private volatile boolean paused;

	private ScheduledExecutorService executor;

	private long lastTick;

	PublishingLoop(StoreSimulation simulation, FaultInjector faults, EventPublisher publisher, TruthLedger ledger,
			GeneratorProperties properties, TopicReadiness topics, Clock clock) {
		this.simulation = simulation;
		this.faults = faults;
		this.publisher = publisher;
		this.ledger = ledger;
		this.properties = properties;
		this.topics = topics;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled() || isRunning()) {
			return;
		}
		this.topics.await();
		this.lastTick = System.nanoTime();
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "event-generator"));
		long tickMillis = this.properties.tick().toMillis();
		this.executor.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
		logger.info("Publishing {} events/s now (base rate {} events/s, scenario {}, simulated time {})",
				String.format("%.1f", this.simulation.targetEventsPerSecond()), this.simulation.baseEventsPerSecond(),
				this.simulation.scenario().name(), this.simulation.simulatedTime());
	}

	private void tick() {
		try {
			long now = System.nanoTime();
			this.late.releaseDue(now, this::sendLate);
			double rate = this.paused ? 0 : this.simulation.targetEventsPerSecond();
			int due = this.pacer.due(now - this.lastTick, rate);
			this.lastTick = now;
			for (int i = 0; i < due; i++) {
				publishNext(now);
			}
			this.achieved.record(now, due);
		}
		catch (RuntimeException ex) {
			// a failed tick must not cancel the schedule: log and try again next tick
			logger.warn("Publishing tick failed", ex);
		}
	}

	private void publishNext(long now) {
		Generated generated = this.simulation.next();
		StoreEvent event = generated.event();
		byte[] json = this.writer.writeValueAsBytes(event);
		boolean late = this.faults.late() && this.late.hasRoom();
		MinuteTally tally = this.ledger.event(generated, late);
		if (late) {
			this.late.hold(now + this.faults.settings().lateDelay().toNanos(), generated, json, tally);
		}
		else {
			send(generated, json, tally, false);
		}
		PoisonPill poison = this.faults.poison();
		if (poison != null) {
			this.publisher.sendPoison(poison.make(event, json), this.clock.millis());
		}
	}

	private void sendLate(LateEvents.Held held) {
		send(held.generated(), held.json(), held.tally(), true);
	}

	private void send(Generated generated, byte[] json, MinuteTally tally, boolean wasLate) {
		this.publisher.send(generated, json, tally, wasLate);
		if (this.faults.duplicate()) {
			this.publisher.sendDuplicate(generated.event(), json);
		}
	}

	/** Stops producing new events; late events already held back are still sent. */
	public void pause() {
		this.paused = true;
	}

	public void resume() {
		this.paused = false;
	}

	/** Whether events are being produced: started and not paused. */
	public boolean producing() {
		return isRunning() && !this.paused;
	}

	/** Valid events per second handed to Kafka over the last few seconds. */
	public double achievedEventsPerSecond() {
		return this.achieved.perSecond(System.nanoTime());
	}

	/** Events held back to be sent late. */
	public int heldBack() {
		return this.late.size();
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
		int held = this.late.size();
		this.late.releaseAll(this::sendLate);
		this.publisher.flush();
		logger.info("Stopped publishing ({} late events sent early at shutdown)", held);
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
