package dev.kafkaplayground.dashboard.instances;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kafkaplayground.events.status.ProcessorStatus;

/** Status records for tests: a running instance with {@code processed} records read. */
public final class ProcessorStatusFixtures {

	private ProcessorStatusFixtures() {
	}

	public static ProcessorStatus running(String instanceId, long processed, Instant updatedAt) {
		return new ProcessorStatus(instanceId, "RUNNING", "test-host", 8082, List.of("0_0"), List.of(),
				Map.of("store.purchases", List.of(0)), processed, 0, 0, null, updatedAt);
	}

}
