package dev.kafkaplayground.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command lines of {@code scripts/bench-dashboard.sh} and
 * {@code scripts/bench-pipeline.sh}: help, and bad options refused with a message before
 * anything is built or started (their measurements are run by hand: they print figures,
 * they assert nothing).
 */
class BenchScriptOptionsTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@TempDir
	Path home;

	@Test
	void shouldExplainTheDashboardBenchmark() throws Exception {
		Run run = run("bench-dashboard.sh", "--help");

		assertThat(run.status()).isZero();
		assertThat(run.output()).contains("Usage: scripts/bench-dashboard.sh", "--clients N", "p99 <= 1 s");
	}

	@Test
	void shouldExplainThePipelineBenchmark() throws Exception {
		Run run = run("bench-pipeline.sh", "--help");

		assertThat(run.status()).isZero();
		assertThat(run.output()).contains("Usage: scripts/bench-pipeline.sh", "--steps LIST", "p99 <= 2 s");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "bench-dashboard.sh|--clients 0|Option '--clients' must be a whole number",
					"bench-dashboard.sh|--rate fast|Option '--rate' must be a whole number",
					"bench-dashboard.sh|--seconds|Option '--seconds' needs a value",
					"bench-dashboard.sh|--clients 30000|needs 31024 open files",
					"bench-dashboard.sh|--colour|Unknown option '--colour'",
					"bench-pipeline.sh|--steps 10000,x|Each rate of '--steps' must be a whole number",
					"bench-pipeline.sh|--latency-seconds 0 --steps none|Nothing to measure",
					"bench-pipeline.sh|--step-seconds 5|Option '--step-seconds' must be a whole number from 10",
					"bench-pipeline.sh|--hold-seconds 5|Option '--hold-seconds' must be 0 or at least 10" })
	void shouldRefuseABadCommandLineBeforeStartingAnything(String script, String options, String message)
			throws Exception {
		Run run = run(script, options.split(" "));

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.output()).contains(message);
		assertThat(this.home.resolve("bench")).doesNotExist();
	}

	// with the open-files limit (soft and hard) at 20 000, whatever the machine allows,
	// so
	// that 30 000 clients are refused everywhere
	private Run run(String script, String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -n 20000 2>/dev/null; exec \"$0\" \"$@\"",
				ROOT.resolve("scripts").resolve(script).toString()));
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PLAYGROUND_HOME", this.home.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ends", script).isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int status, String output) {

	}

}
