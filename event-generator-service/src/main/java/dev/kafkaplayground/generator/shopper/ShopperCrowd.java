package dev.kafkaplayground.generator.shopper;

import java.time.Duration;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.generator.traffic.PoissonArrivals;

/**
 * The shoppers in the store. Sessions arrive as a Poisson process and each acts after a
 * think time; {@link #next} hands out the next event at the rate the traffic asks for,
 * always from the session that has waited longest. So the event rate is exactly the
 * target, and the arrival rate is steered so that the number of sessions in the store
 * stays near {@code rate × mean think time}: then each session acts about once per think
 * time. Not thread-safe: one thread drives it.
 */
public final class ShopperCrowd {

	private static final String[] COUNTRIES = { "US", "US", "US", "GB", "DE", "FR", "BR", "JP", "CA", "AU", "IN", "PL",
			"SE", "KR", "ES", "NL", "MX" };

	private static final Platform[] PLATFORMS = { Platform.WEB, Platform.WEB, Platform.DESKTOP, Platform.MOBILE };

	/** How far the arrival rate may be steered away from its plain value. */
	private static final double MAX_STEERING = 2.0;

	/**
	 * How long a shopper waits past its think time before it leaves the store without a
	 * further action. After the rate drops, the crowd of a higher rate would otherwise
	 * take turns so slowly that a session paused for many minutes: longer than the
	 * analytics processor's session gap (5 minutes), which would then count one shopper's
	 * session as several.
	 */
	private static final long MAX_WAIT_NANOS = Duration.ofMinutes(1).toNanos();

	private final RandomGenerator random;

	private final EventFactory events;

	private final Pricing pricing;

	private final GamePicker picker;

	private final ShopperActions actions;

	private final PoissonArrivals arrivals;

	private final SessionQueue sessions = new SessionQueue();

	private final int maxSessions;

	private Scenario scenario;

	private boolean configured;

	private boolean started;

	/** Running mean of the number of events of a finished session. */
	private double meanSessionEvents = 10;

	public ShopperCrowd(GameCatalog catalog, RandomGenerator random, Clock clock, Scenario scenario, int maxSessions) {
		this.random = random;
		this.events = new EventFactory(random, clock);
		this.pricing = new Pricing(catalog, random.nextLong(), scenario.behaviour().discounts());
		this.picker = new GamePicker(catalog);
		this.actions = new ShopperActions(catalog, random, this.events, this.picker, new SearchIndex(catalog),
				this.pricing, scenario.behaviour());
		this.arrivals = new PoissonArrivals(random);
		this.scenario = scenario;
		this.maxSessions = maxSessions;
	}

	/** Switches every shopper, present and future, to another scenario. */
	public void scenario(Scenario scenario) {
		this.scenario = scenario;
		this.actions.behaviour(scenario.behaviour());
		this.configured = false;
	}

	public Scenario scenario() {
		return this.scenario;
	}

	/** Shopper sessions in the store right now. */
	public int activeSessions() {
		return this.sessions.size();
	}

	/**
	 * The next event.
	 * @param timelineNanos the simulation's timeline when the event happens
	 * @param eventsPerSecond the event rate the traffic asks for at that point
	 * @param simulatedTime the store's simulated time at that point (drives the sales)
	 */
	public Generated next(long timelineNanos, double eventsPerSecond, LocalDateTime simulatedTime) {
		ShopperBehaviour behaviour = this.scenario.behaviour();
		if (this.pricing.update(simulatedTime, behaviour.discounts()) || !this.configured) {
			this.picker.configure(behaviour.popularityExponent(), this.pricing, this.scenario.focus());
			this.configured = true;
		}
		double wanted = Math.min(this.maxSessions, Math.max(1, eventsPerSecond * behaviour.meanThinkSeconds()));
		if (!this.started) {
			// open the store with a full crowd, so the first minute looks like any other
			arrive((int) wanted, timelineNanos, behaviour);
			this.started = true;
		}
		double steering = Math.max(1 / MAX_STEERING,
				Math.min(MAX_STEERING, wanted / Math.max(1, this.sessions.size())));
		double arrivalRate = eventsPerSecond / this.meanSessionEvents * steering;
		int arrived = this.arrivals.advance(arrivalRate, 1 / eventsPerSecond);
		for (int i = 0; i < arrived; i++) {
			arrive(1, timelineNanos, null);
		}
		if (this.sessions.isEmpty()) {
			arrive(1, timelineNanos, null);
		}
		ShopperSession session = this.sessions.poll();
		while (timelineNanos - session.readyAt > MAX_WAIT_NANOS && !this.sessions.isEmpty()) {
			session = this.sessions.poll();
		}
		Generated generated = this.actions.act(session);
		if (session.leaving) {
			this.meanSessionEvents += (session.actions - this.meanSessionEvents) / 100;
		}
		else {
			session.readyAt = Math.max(timelineNanos, session.readyAt) + thinkTime(behaviour);
			this.sessions.add(session);
		}
		return generated;
	}

	/**
	 * Lets {@code count} shoppers in; with {@code spreadOver} their first actions are
	 * spread over one think time instead of all being due now.
	 */
	private void arrive(int count, long timelineNanos, ShopperBehaviour spreadOver) {
		for (int i = 0; i < count && this.sessions.size() < this.maxSessions; i++) {
			ShopperSession session = new ShopperSession(this.events.id("s-"), "u-" + (1 + this.random.nextInt(50_000)),
					PLATFORMS[this.random.nextInt(PLATFORMS.length)], COUNTRIES[this.random.nextInt(COUNTRIES.length)]);
			session.readyAt = timelineNanos + ((spreadOver != null) ? thinkTime(spreadOver) : 0);
			this.sessions.add(session);
		}
	}

	private long thinkTime(ShopperBehaviour behaviour) {
		long min = behaviour.thinkTimeMin().toNanos();
		long spread = behaviour.thinkTimeMax().toNanos() - min;
		return min + (long) (this.random.nextDouble() * spread);
	}

}
