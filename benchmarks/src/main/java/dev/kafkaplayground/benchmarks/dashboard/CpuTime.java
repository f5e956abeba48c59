package dev.kafkaplayground.benchmarks.dashboard;

import java.time.Duration;

import dev.kafkaplayground.benchmarks.Results;

/**
 * The processor time the dashboard and this client JVM use from now on, and the
 * wall-clock time: on a machine of two cores it says which side was short of processor,
 * the dashboard or the clients reading its streams.
 */
final class CpuTime {

	private final ProcessHandle dashboard;

	private final long startNanos = System.nanoTime();

	private final Duration dashboardStart;

	private final Duration clientsStart;

	CpuTime(long dashboardPid) {
		this.dashboard = ProcessHandle.of(dashboardPid)
			.orElseThrow(() -> new IllegalStateException("no process " + dashboardPid));
		this.dashboardStart = cpu(this.dashboard);
		this.clientsStart = cpu(ProcessHandle.current());
	}

	/**
	 * Prints {@code cpu-wall-ms}, {@code cpu-dashboard-ms} and {@code cpu-clients-ms}.
	 */
	void printSince() {
		Results.print("cpu-wall-ms", Duration.ofNanos(System.nanoTime() - this.startNanos).toMillis());
		Results.print("cpu-dashboard-ms", cpu(this.dashboard).minus(this.dashboardStart).toMillis());
		Results.print("cpu-clients-ms", cpu(ProcessHandle.current()).minus(this.clientsStart).toMillis());
	}

	private static Duration cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

}
