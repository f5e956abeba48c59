package dev.kafkaplayground.generator.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.generator.faults.FaultInjector;
import dev.kafkaplayground.generator.faults.FaultSettings;
import dev.kafkaplayground.generator.publish.EventPublisher;
import dev.kafkaplayground.generator.publish.PublishingLoop;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.simulation.StoreSimulation;

/**
 * The one place the generator is steered from while it runs. Each change applies from the
 * next event on and is logged.
 */
@Component
public class GeneratorControl {

	private static final Logger logger = LoggerFactory.getLogger(GeneratorControl.class);

	private final StoreSimulation simulation;

	private final PublishingLoop loop;

	private final FaultInjector faults;

	private final EventPublisher publisher;

	GeneratorControl(StoreSimulation simulation, PublishingLoop loop, FaultInjector faults, EventPublisher publisher) {
		this.simulation = simulation;
		this.loop = loop;
		this.faults = faults;
		this.publisher = publisher;
	}

	public GeneratorStatus status() {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (EventType type : EventType.values()) {
			totals.put(type.wireName(), this.publisher.acknowledged(type));
		}
		FaultSettings knobs = this.faults.settings();
		LocalDateTime simulated = this.simulation.simulatedTime().truncatedTo(ChronoUnit.SECONDS);
		return new GeneratorStatus(this.simulation.scenario().name(), this.loop.producing(),
				round(this.simulation.targetEventsPerSecond()), round(this.loop.achievedEventsPerSecond()),
				this.simulation.baseEventsPerSecond(),
				new GeneratorStatus.ClockStatus(simulated.toString(), this.simulation.clockSpeed()),
				new GeneratorStatus.FaultStatus(knobs.lateFraction(), knobs.lateDelay().toString(),
						knobs.poisonFraction(), knobs.duplicateFraction()),
				totals, this.publisher.sendErrors(), this.simulation.activeSessions(), this.loop.heldBack());
	}

	public void scenario(Scenario scenario) {
		this.simulation.scenario(scenario);
		logger.info("Scenario is now {}", scenario.name());
	}

	public void baseRate(double eventsPerSecond) {
		this.simulation.baseEventsPerSecond(eventsPerSecond);
		logger.info("Base rate is now {} events/s", eventsPerSecond);
	}

	/** Changes the clock; either argument may be null to keep it. */
	public void clock(Double speed, LocalDateTime simulatedTime) {
		if (simulatedTime != null) {
			this.simulation.simulatedTime(simulatedTime);
			logger.info("Simulated time set to {}", simulatedTime);
		}
		if (speed != null) {
			this.simulation.clockSpeed(speed);
			logger.info("Simulated clock runs at {}x", speed);
		}
	}

	/** Changes the fault knobs; null arguments keep their setting. */
	public void faults(Double lateFraction, Duration lateDelay, Double poisonFraction, Double duplicateFraction) {
		FaultSettings now = this.faults.settings();
		FaultSettings next = new FaultSettings((lateFraction != null) ? lateFraction : now.lateFraction(),
				(lateDelay != null) ? lateDelay : now.lateDelay(),
				(poisonFraction != null) ? poisonFraction : now.poisonFraction(),
				(duplicateFraction != null) ? duplicateFraction : now.duplicateFraction());
		this.faults.settings(next);
		logger.info("Fault knobs are now {}", next);
	}

	public void pause() {
		this.loop.pause();
		logger.info("Paused");
	}

	public void resume() {
		this.loop.resume();
		logger.info("Resumed");
	}

	private static double round(double rate) {
		return Math.round(rate * 10) / 10.0;
	}

}
