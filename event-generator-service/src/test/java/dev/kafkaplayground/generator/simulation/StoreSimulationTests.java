package dev.kafkaplayground.generator.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.shopper.ShopperCrowd;
import dev.kafkaplayground.generator.traffic.DailyCurve;
import dev.kafkaplayground.generator.traffic.SimulatedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.byLessThan;
import static org.assertj.core.api.Assertions.within;

class StoreSimulationTests {

	private static final Clock WALL_CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

	/** A Tuesday, 05:30: the quietest half hour of the standard curve. */
	private static final LocalDateTime BEFORE_DAWN = LocalDateTime.parse("2026-11-24T05:30:00");

	@Test
	void shouldAskForTheBaseRateTimesTheCurveTimesTheScenario() {
		StoreSimulation simulation = simulation(1, BEFORE_DAWN, 1, 100);
		assertThat(simulation.targetEventsPerSecond()).isCloseTo(100 * 0.15, within(1e-9));
		simulation.scenario(Scenario.LAUNCH_DAY);
		assertThat(simulation.targetEventsPerSecond()).isCloseTo(100 * 0.15 * 2.5, within(1e-9));
		simulation.baseEventsPerSecond(40);
		assertThat(simulation.targetEventsPerSecond()).isCloseTo(40 * 0.15 * 2.5, within(1e-9));
	}

	@Test
	void shouldFollowTheSimulatedDayAtSixtyTimesSpeed() {
		StoreSimulation simulation = simulation(2, BEFORE_DAWN, 60, 50);
		double dawn = simulation.targetEventsPerSecond();
		// at 60x, the 14.5 simulated hours to 20:00 (the evening peak) pass in 14.5
		// minutes
		double timelineSeconds = 0;
		while (timelineSeconds < 14.5 * 60) {
			double rate = simulation.targetEventsPerSecond();
			simulation.next();
			timelineSeconds += 1 / rate;
		}
		assertThat(simulation.simulatedTime()).isCloseTo(LocalDateTime.parse("2026-11-24T20:00:00"),
				byLessThan(2, ChronoUnit.MINUTES));
		assertThat(simulation.targetEventsPerSecond()).isGreaterThan(10 * dawn);
	}

	@Test
	void shouldReproduceTheSameSequenceFromTheSameSeedAndSettings() {
		assertThat(run(simulation(7, BEFORE_DAWN, 60, 200), 20_000))
			.isEqualTo(run(simulation(7, BEFORE_DAWN, 60, 200), 20_000));
		assertThat(run(simulation(7, BEFORE_DAWN, 60, 200), 100))
			.isNotEqualTo(run(simulation(8, BEFORE_DAWN, 60, 200), 100));
	}

	@Test
	void shouldKeepTheSimulatedTimeContinuousWhenTheSpeedChanges() {
		StoreSimulation simulation = simulation(3, BEFORE_DAWN, 1, 100);
		run(simulation, 6_000);
		LocalDateTime before = simulation.simulatedTime();
		simulation.clockSpeed(3600);
		assertThat(simulation.simulatedTime()).isEqualTo(before);
		run(simulation, 100);
		assertThat(simulation.simulatedTime()).isAfter(before.plusMinutes(30));
		simulation.simulatedTime(LocalDateTime.parse("2026-11-28T19:00:00"));
		assertThat(simulation.simulatedTime()).isEqualTo(LocalDateTime.parse("2026-11-28T19:00:00"));
	}

	private static List<StoreEvent> run(StoreSimulation simulation, int events) {
		List<StoreEvent> sequence = new ArrayList<>(events);
		for (int i = 0; i < events; i++) {
			sequence.add(simulation.next().event());
		}
		return sequence;
	}

	private static StoreSimulation simulation(long seed, LocalDateTime start, double speed, double baseRate) {
		ShopperCrowd crowd = new ShopperCrowd(GameCatalog.standard(), new SplittableRandom(seed), WALL_CLOCK,
				Scenario.NORMAL_DAY, 20_000);
		return new StoreSimulation(crowd, new SimulatedClock(start, speed), DailyCurve.standard(), baseRate);
	}

}
