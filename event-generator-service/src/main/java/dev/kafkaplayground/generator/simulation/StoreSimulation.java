package dev.kafkaplayground.generator.simulation;

import java.time.LocalDateTime;

import dev.kafkaplayground.generator.shopper.Generated;
import dev.kafkaplayground.generator.shopper.Scenario;
import dev.kafkaplayground.generator.shopper.ShopperCrowd;
import dev.kafkaplayground.generator.traffic.DailyCurve;
import dev.kafkaplayground.generator.traffic.SimulatedClock;

/**
 * The store over a simulated day. The target event rate is the base rate × the daily
 * curve at the simulated time × the scenario's multiplier. The simulation keeps its own
 * timeline, which advances by one event interval per event: the sequence of events
 * depends only on the seed and the settings, never on how the wall clock ticks, and the
 * publisher paces the events against the wall clock. Thread-safe: settings may change
 * from any thread, between two events.
 */
public final class StoreSimulation {

	/**
	 * The lowest rate the timeline moves at, so that a curve or setting near zero cannot
	 * stop the simulated day.
	 */
	private static final double MIN_RATE = 0.01;

	/** How often, on the timeline, the target rate is computed afresh. */
	private static final long RATE_REFRESH_NANOS = 100_000_000;

	private final ShopperCrowd crowd;

	private final SimulatedClock clock;

	private final DailyCurve curve;

	private double baseRate;

	private double timelineNanos;

	private double targetRate;

	private LocalDateTime simulatedTime;

	private long refreshAt;

	private boolean stale = true;

	public StoreSimulation(ShopperCrowd crowd, SimulatedClock clock, DailyCurve curve, double baseRate) {
		this.crowd = crowd;
		this.clock = clock;
		this.curve = curve;
		this.baseRate = baseRate;
	}

	/** The next event; advances the timeline by one interval at the target rate. */
	public synchronized Generated next() {
		refresh();
		Generated generated = this.crowd.next((long) this.timelineNanos, this.targetRate, this.simulatedTime);
		this.timelineNanos += 1e9 / this.targetRate;
		return generated;
	}

	/** Events per second the store should produce now, all types together. */
	public synchronized double targetEventsPerSecond() {
		refresh();
		return this.targetRate;
	}

	public synchronized LocalDateTime simulatedTime() {
		refresh();
		return this.simulatedTime;
	}

	public synchronized double baseEventsPerSecond() {
		return this.baseRate;
	}

	public synchronized void baseEventsPerSecond(double eventsPerSecond) {
		this.baseRate = eventsPerSecond;
		this.stale = true;
	}

	public synchronized Scenario scenario() {
		return this.crowd.scenario();
	}

	public synchronized void scenario(Scenario scenario) {
		this.crowd.scenario(scenario);
		this.stale = true;
	}

	public synchronized double clockSpeed() {
		return this.clock.speed();
	}

	public synchronized void clockSpeed(double speed) {
		this.clock.setSpeed(speed, (long) this.timelineNanos);
		this.stale = true;
	}

	public synchronized void simulatedTime(LocalDateTime time) {
		this.clock.setTime(time, (long) this.timelineNanos);
		this.stale = true;
	}

	public synchronized int activeSessions() {
		return this.crowd.activeSessions();
	}

	private void refresh() {
		long now = (long) this.timelineNanos;
		if (!this.stale && now < this.refreshAt) {
			return;
		}
		this.simulatedTime = this.clock.at(now);
		this.targetRate = Math.max(MIN_RATE,
				this.baseRate * this.curve.multiplier(this.simulatedTime) * this.crowd.scenario().rateMultiplier());
		this.refreshAt = now + RATE_REFRESH_NANOS;
		this.stale = false;
	}

}
