package dev.kafkaplayground.dashboard.instances;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.instances.InstanceChange.Removal;
import dev.kafkaplayground.events.status.ProcessorStatus;

import static dev.kafkaplayground.dashboard.instances.ProcessorStatusFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InstanceTableTests {

	private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

	private final InstanceTable table = new InstanceTable(Duration.ofSeconds(10));

	@Test
	void shouldHoldTheLatestStatusOfEachInstanceById() {
		this.table.offer("p-2", running("p-2", 1, T0), T0);
		this.table.offer("p-1", running("p-1", 1, T0), T0);
		ProcessorStatus later = running("p-2", 7, T0.plusSeconds(3));

		assertThat(this.table.offer("p-2", later, T0.plusSeconds(3))).contains(new InstanceChange("p-2", later, null));
		assertThat(this.table.current(T0.plusSeconds(3))).extracting(ProcessorStatus::instanceId)
			.containsExactly("p-1", "p-2");
		assertThat(this.table.current(T0.plusSeconds(3))).last().isEqualTo(later);
	}

	@Test
	void shouldRemoveAnInstanceOnItsTombstone() {
		this.table.offer("p-1", running("p-1", 1, T0), T0);

		assertThat(this.table.offer("p-1", null, T0.plusSeconds(1)))
			.contains(new InstanceChange("p-1", null, Removal.STOPPED));
		assertThat(this.table.current(T0.plusSeconds(1))).isEmpty();
	}

	@Test
	void shouldIgnoreATombstoneOfAnInstanceNotHeld() {
		assertThat(this.table.offer("p-9", null, T0)).isEmpty();
	}

	@Test
	void shouldRemoveAnInstanceSilentForLongerThanTheTimeout() {
		this.table.offer("p-1", running("p-1", 1, T0), T0);
		this.table.offer("p-2", running("p-2", 1, T0.plusSeconds(5)), T0.plusSeconds(5));

		assertThat(this.table.expire(T0.plusSeconds(10))).isEmpty();
		assertThat(this.table.current(T0.plusSeconds(11))).extracting(ProcessorStatus::instanceId)
			.containsExactly("p-2");
		assertThat(this.table.expire(T0.plusSeconds(11)))
			.containsExactly(new InstanceChange("p-1", null, Removal.STALE));
		assertThat(this.table.expire(T0.plusSeconds(11))).isEmpty();
	}

	@Test
	void shouldIgnoreARecordAlreadyOlderThanTheTimeout() {
		// replaying the topic on start: a crashed instance's last record
		assertThat(this.table.offer("p-1", running("p-1", 1, T0), T0.plusSeconds(11))).isEmpty();
		assertThat(this.table.current(T0.plusSeconds(11))).isEmpty();
		assertThat(this.table.expire(T0.plusSeconds(11))).isEmpty();
	}

	@Test
	void shouldIgnoreARecordOlderThanTheOneHeld() {
		ProcessorStatus newer = running("p-1", 5, T0.plusSeconds(3));
		this.table.offer("p-1", newer, T0.plusSeconds(3));

		assertThat(this.table.offer("p-1", running("p-1", 2, T0), T0.plusSeconds(3))).isEmpty();
		assertThat(this.table.current(T0.plusSeconds(3))).containsExactly(newer);
	}

	@Test
	void shouldRejectATimeoutThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InstanceTable(Duration.ZERO))
			.withMessageContaining("timeout");
	}

}
