package dev.kafkaplayground.generator.traffic;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatedClockTests {

	private static final LocalDateTime START = LocalDateTime.of(2026, 11, 27, 6, 0);

	private static final long MINUTE = Duration.ofMinutes(1).toNanos();

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	@Test
	void shouldReadTheStartAtTimelineZero() {
		assertThat(new SimulatedClock(START, 60).at(0)).isEqualTo(START);
	}

	@Test
	void shouldRunInRealTimeAtSpeedOne() {
		SimulatedClock clock = new SimulatedClock(START, 1);
		assertThat(clock.at(1)).isEqualTo(START.plusNanos(1));
		assertThat(clock.at(90 * SECOND + 123)).isEqualTo(START.plusSeconds(90).plusNanos(123));
	}

	@Test
	void shouldMakeOneTimelineMinuteOneSimulatedHourAtSpeedSixty() {
		SimulatedClock clock = new SimulatedClock(START, 60);
		assertThat(clock.at(MINUTE)).isEqualTo(START.plusHours(1));
		assertThat(clock.at(SECOND)).isEqualTo(START.plusMinutes(1));
	}

	@Test
	void shouldRunADayInTwentyFourTimelineMinutesAtSpeedSixty() {
		SimulatedClock clock = new SimulatedClock(START, 60);
		assertThat(clock.at(24 * MINUTE)).isEqualTo(START.plusDays(1));
	}

	@Test
	void shouldStayContinuousWhenTheSpeedChanges() {
		SimulatedClock clock = new SimulatedClock(START, 60);
		clock.setSpeed(1, 10 * MINUTE);
		assertThat(clock.speed()).isEqualTo(1);
		assertThat(clock.at(10 * MINUTE)).isEqualTo(START.plusHours(10));
		assertThat(clock.at(11 * MINUTE)).isEqualTo(START.plusHours(10).plusMinutes(1));
		clock.setSpeed(3600, 11 * MINUTE);
		assertThat(clock.at(11 * MINUTE + SECOND)).isEqualTo(START.plusHours(11).plusMinutes(1));
	}

	@Test
	void shouldJumpToATimeAndRunOnAtTheSameSpeed() {
		SimulatedClock clock = new SimulatedClock(START, 60);
		LocalDateTime evening = LocalDateTime.of(2026, 11, 28, 19, 0);
		clock.setTime(evening, 5 * MINUTE);
		assertThat(clock.at(5 * MINUTE)).isEqualTo(evening);
		assertThat(clock.at(6 * MINUTE)).isEqualTo(evening.plusHours(1));
		assertThat(clock.speed()).isEqualTo(60);
	}

	@Test
	void shouldRejectASpeedOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulatedClock(START, 0))
			.withMessage("clock speed must be between 0 (exclusive) and 10000 but was 0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulatedClock(START, 10_001))
			.withMessage("clock speed must be between 0 (exclusive) and 10000 but was 10001.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulatedClock(START, Double.NaN))
			.withMessage("clock speed must be between 0 (exclusive) and 10000 but was NaN");
		SimulatedClock clock = new SimulatedClock(START, SimulatedClock.MAX_SPEED);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.setSpeed(-1, MINUTE))
			.withMessage("clock speed must be between 0 (exclusive) and 10000 but was -1.0");
		assertThat(clock.at(MINUTE)).as("unchanged by a rejected speed").isEqualTo(START.plusSeconds(600_000));
	}

	@Test
	void shouldNotOverflowOverAYearOfTimelineAtTheHighestSpeed() {
		SimulatedClock clock = new SimulatedClock(START, SimulatedClock.MAX_SPEED);
		long year = Duration.ofDays(365).toNanos();
		assertThat(clock.at(year)).isEqualTo(START.plusDays(3_650_000));
		assertThat(clock.at(year / 365 * 30)).isEqualTo(START.plusDays(300_000));
	}

	@Test
	void shouldStayContinuousAcrossManySpeedChangesOverALongRun() {
		SimulatedClock clock = new SimulatedClock(START, SimulatedClock.MAX_SPEED);
		long hour = Duration.ofHours(1).toNanos();
		for (int change = 1; change <= 24 * 30; change++) {
			clock.setSpeed((change % 2 == 0) ? SimulatedClock.MAX_SPEED : 1, change * hour);
		}
		// 360 timeline hours at 10 000, 360 at 1
		assertThat(clock.at(24 * 30 * hour)).isEqualTo(START.plusHours(360L * 10_000 + 360));
	}

}
