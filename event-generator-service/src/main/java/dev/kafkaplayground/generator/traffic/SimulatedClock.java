package dev.kafkaplayground.generator.traffic;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The store's wall clock in the simulation: it may run faster than real time and start at
 * any hour. It reads the simulation's own timeline (nanoseconds that the simulation
 * advances deterministically, not {@link System#nanoTime()}), so that a seed reproduces a
 * run, speed changes and jumps included.
 * <p>
 * The clock is a line through an anchor: at timeline {@code anchorTimeline} it reads
 * {@code anchorTime}, and it advances {@code speed} simulated seconds per timeline
 * second. Changing the speed moves the anchor to the moment of the change, so the
 * simulated time stays continuous. The arithmetic is done in double seconds, so days of
 * timeline at the highest speed cannot overflow (a {@code long} of nanoseconds would
 * after about ten days at 10 000 times real time).
 * <p>
 * Thread-safe: REST threads change the speed or the time while the simulation thread
 * reads it.
 */
public final class SimulatedClock {

	/** The highest speed, in simulated seconds per timeline second. */
	public static final int MAX_SPEED = 10_000;

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private LocalDateTime anchorTime;

	private long anchorTimeline;

	private double speed;

	/**
	 * A clock that reads {@code start} at timeline 0.
	 * @param start the simulated time at timeline 0
	 * @param speed simulated seconds per timeline second, greater than 0 and at most
	 * {@link #MAX_SPEED}
	 */
	public SimulatedClock(LocalDateTime start, double speed) {
		this.anchorTime = Objects.requireNonNull(start, "start must not be null");
		this.anchorTimeline = 0;
		this.speed = validSpeed(speed);
	}

	/**
	 * The simulated time at a point of the timeline.
	 * @param timelineNanos the simulation's timeline, in nanoseconds
	 * @return the store's local time then
	 */
	public synchronized LocalDateTime at(long timelineNanos) {
		// subtract as longs first: the difference is exact, its conversion to double
		// loses
		// nothing below about 104 days of timeline
		double seconds = this.speed * ((double) (timelineNanos - this.anchorTimeline) / NANOS_PER_SECOND);
		double wholeSeconds = Math.floor(seconds);
		long nanos = Math.round((seconds - wholeSeconds) * NANOS_PER_SECOND);
		return this.anchorTime.plusSeconds((long) wholeSeconds).plusNanos(nanos);
	}

	/**
	 * Runs at a new speed from {@code timelineNanos} on; the simulated time at that point
	 * does not change.
	 * @param speed simulated seconds per timeline second, greater than 0 and at most
	 * {@link #MAX_SPEED}
	 * @param timelineNanos the point of the timeline at which the speed changes
	 */
	public synchronized void setSpeed(double speed, long timelineNanos) {
		double valid = validSpeed(speed);
		this.anchorTime = at(timelineNanos);
		this.anchorTimeline = timelineNanos;
		this.speed = valid;
	}

	/**
	 * Jumps: at {@code timelineNanos} the clock reads {@code time}, and it runs on from
	 * there at the same speed.
	 * @param time the simulated time at that point
	 * @param timelineNanos the point of the timeline at which the clock jumps
	 */
	public synchronized void setTime(LocalDateTime time, long timelineNanos) {
		this.anchorTime = Objects.requireNonNull(time, "time must not be null");
		this.anchorTimeline = timelineNanos;
	}

	/**
	 * The current speed.
	 * @return simulated seconds per timeline second
	 */
	public synchronized double speed() {
		return this.speed;
	}

	private static double validSpeed(double speed) {
		if (!(speed > 0 && speed <= MAX_SPEED)) {
			throw new IllegalArgumentException(
					"clock speed must be between 0 (exclusive) and " + MAX_SPEED + " but was " + speed);
		}
		return speed;
	}

}
