package dev.kafkaplayground.generator.control;

import java.time.LocalDateTime;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.generator.faults.FaultInjector;
import dev.kafkaplayground.generator.faults.FaultSettings;
import dev.kafkaplayground.generator.publish.PublishingLoop;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.simulation.StoreSimulation;

/**
 * Gauges of the generator's state on {@code /actuator/prometheus}, beside the counters of
 * the publisher and the truth publisher: target vs achieved rate, the simulated hour, the
 * scenario (1 for the active one) and every fault knob.
 */
@Component
class GeneratorMeters implements MeterBinder {

	private final StoreSimulation simulation;

	private final PublishingLoop loop;

	private final FaultInjector faults;

	GeneratorMeters(StoreSimulation simulation, PublishingLoop loop, FaultInjector faults) {
		this.simulation = simulation;
		this.loop = loop;
		this.faults = faults;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("playground.generator.rate.target", this.simulation, StoreSimulation::targetEventsPerSecond)
			.description("Events per second asked for now: base rate x time-of-day curve x scenario")
			.baseUnit("events")
			.register(registry);
		Gauge.builder("playground.generator.rate.achieved", this.loop, PublishingLoop::achievedEventsPerSecond)
			.description("Valid events per second handed to Kafka over the last 10 s")
			.baseUnit("events")
			.register(registry);
		Gauge.builder("playground.generator.rate.base", this.simulation, StoreSimulation::baseEventsPerSecond)
			.description("Base rate before the time-of-day curve")
			.register(registry);
		Gauge.builder("playground.generator.clock.hour", this.simulation, GeneratorMeters::hourOfDay)
			.description("Simulated hour of day, with fraction (14.5 = 14:30)")
			.register(registry);
		Gauge.builder("playground.generator.clock.speed", this.simulation, StoreSimulation::clockSpeed)
			.description("Simulated seconds per real second")
			.register(registry);
		Gauge.builder("playground.generator.sessions.active", this.simulation, StoreSimulation::activeSessions)
			.description("Shopper sessions in the store")
			.register(registry);
		Gauge.builder("playground.generator.running", this.loop, (loop) -> loop.producing() ? 1 : 0)
			.description("1 while events are produced, 0 when paused or stopped")
			.register(registry);
		for (Scenario scenario : Scenario.PRESETS) {
			Gauge
				.builder("playground.generator.scenario", this.simulation,
						(simulation) -> simulation.scenario().name().equals(scenario.name()) ? 1 : 0)
				.tag("scenario", scenario.name())
				.description("1 for the active scenario")
				.register(registry);
		}
		knob(registry, "lateFraction", FaultSettings::lateFraction);
		knob(registry, "lateDelaySeconds", (knobs) -> knobs.lateDelay().toMillis() / 1000.0);
		knob(registry, "poisonFraction", FaultSettings::poisonFraction);
		knob(registry, "duplicateFraction", FaultSettings::duplicateFraction);
		Gauge.builder("playground.generator.faults.late.held", this.loop, PublishingLoop::heldBack)
			.description("Events held back now to be sent late")
			.register(registry);
	}

	private void knob(MeterRegistry registry, String knob, ToDoubleFunction<FaultSettings> value) {
		// the injector is the gauge's state: Micrometer holds it weakly, and the bean
		// lives
		// as long as the application
		Gauge
			.builder("playground.generator.faults.setting", this.faults,
					(faults) -> value.applyAsDouble(faults.settings()))
			.tag("knob", knob)
			.description("A fault knob's setting")
			.register(registry);
	}

	private static double hourOfDay(StoreSimulation simulation) {
		LocalDateTime time = simulation.simulatedTime();
		return time.getHour() + time.getMinute() / 60.0 + time.getSecond() / 3600.0;
	}

}
