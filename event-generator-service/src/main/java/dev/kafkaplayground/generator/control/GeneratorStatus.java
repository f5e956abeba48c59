package dev.kafkaplayground.generator.control;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code GET /api/generator} returns.
 *
 * @param scenario the scenario now
 * @param running whether events are being produced (started and not paused)
 * @param targetEventsPerSecond the rate asked for now: base × curve × scenario
 * @param achievedEventsPerSecond valid events handed to Kafka per second over the last 10
 * s
 * @param baseEventsPerSecond the base rate, before the time-of-day curve
 * @param clock the simulated clock
 * @param faults the fault knobs
 * @param totals valid events the broker acknowledged since start, per event type
 * @param sendErrors records that could not be sent since start
 * @param activeSessions shopper sessions in the store now
 * @param lateHeldBack events held back now to be sent late
 */
@JsonPropertyOrder({ "scenario", "running", "targetEventsPerSecond", "achievedEventsPerSecond", "baseEventsPerSecond",
		"clock", "faults", "totals", "sendErrors", "activeSessions", "lateHeldBack" })
public record GeneratorStatus(String scenario, boolean running, double targetEventsPerSecond,
		double achievedEventsPerSecond, double baseEventsPerSecond, ClockStatus clock, FaultStatus faults,
		Map<String, Long> totals, long sendErrors, int activeSessions, int lateHeldBack) {

	/**
	 * @param simulatedTime the store's simulated local time, ISO-8601
	 * @param speed simulated seconds per real second
	 */
	public record ClockStatus(String simulatedTime, double speed) {

	}

	/**
	 * @param lateFraction share of events sent late
	 * @param lateDelay how late, ISO-8601 duration
	 * @param poisonFraction invalid records per valid event
	 * @param duplicateFraction share of events sent twice
	 */
	public record FaultStatus(double lateFraction, String lateDelay, double poisonFraction, double duplicateFraction) {

	}

}
