package dev.kafkaplayground.benchmarks.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kafkaplayground.benchmarks.Arguments;
import dev.kafkaplayground.benchmarks.Results;
import dev.kafkaplayground.benchmarks.StoreOffsets;
import dev.kafkaplayground.benchmarks.pipeline.StepVerdict.Sample;
import dev.kafkaplayground.benchmarks.pipeline.StepVerdict.Step;

/**
 * Part (b) of {@code scripts/bench-pipeline.sh}: steps the generator's base rate through
 * {@code --rates} over its REST API, holds each for {@code --step-seconds}, reads the
 * store topics' end offsets and the processor group's committed offsets every second
 * (Admin client), and judges each step ({@link StepVerdict}). Stops after the first step
 * not sustained: its backlog would spoil the next. Prints one {@code step=} line per step
 * and {@code highest-sustained=} (events/s written in the highest sustained step, 0 if
 * none) on stdout.
 * <p>
 * A short step judges the processor with young state: its sessions store only reaches its
 * steady size a session gap and a grace period (5.5 min) after the rate is set, and a
 * processor that keeps up young may fall behind once it has (docs/performance.md). So,
 * with {@code --hold-seconds} above 0, the highest sustained step's rate is then held
 * that long and judged the same way, on the second half of the hold (its first half also
 * works off the backlog of the step that failed); it prints a {@code hold=} line like a
 * step's.
 */
public final class RateSteps {

	private static final Duration SAMPLE_INTERVAL = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(RateSteps.class);

	private RateSteps() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args, List.of("--bootstrap-server", "--generator-url", "--group",
				"--rates", "--step-seconds", "--hold-seconds"));
		List<Long> rates = Arrays.stream(arguments.required("--rates").split(",")).map(Long::valueOf).toList();
		Duration step = Duration.ofSeconds(arguments.number("--step-seconds", 60));
		Duration hold = Duration.ofSeconds(arguments.number("--hold-seconds", 0));
		String group = arguments.required("--group");
		HttpClient http = HttpClient.newHttpClient();
		String generatorUrl = arguments.required("--generator-url");
		long highest = 0;
		long highestAsked = 0;
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, arguments.required("--bootstrap-server")))) {
			StoreOffsets store = StoreOffsets.of(admin);
			for (long rate : rates) {
				setRate(http, generatorUrl, rate);
				Step result = StepVerdict.judge(rate, secondHalf(admin, store, group, step));
				print("step", result);
				if (!result.sustained()) {
					break;
				}
				highest = result.sent();
				highestAsked = rate;
			}
			if (highestAsked > 0 && !hold.isZero()) {
				setRate(http, generatorUrl, highestAsked);
				print("hold", StepVerdict.judge(highestAsked, secondHalf(admin, store, group, hold)));
			}
		}
		Results.print("highest-sustained", highest);
	}

	private static void print(String name, Step result) {
		Results.print(name,
				String.join(" ", Long.toString(result.asked()), Long.toString(result.sent()),
						Long.toString(result.processed()), Long.toString(result.lagAtStart()),
						Long.toString(result.lagAtEnd()), result.outcome().label().replace(' ', '_')));
		logger.info("{}: {}", name, result);
	}

	private static void setRate(HttpClient http, String generatorUrl, long rate)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(generatorUrl + "/api/generator/rate"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"eventsPerSecond\":" + rate + "}"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the generator refused the rate " + rate + ": " + response.body());
		}
		logger.info("Generator at {} events/s", rate);
	}

	// samples the whole step, keeps its second half
	private static List<Sample> secondHalf(Admin admin, StoreOffsets store, String group, Duration step)
			throws InterruptedException, ExecutionException {
		long start = System.nanoTime();
		long half = start + step.toNanos() / 2;
		long end = start + step.toNanos();
		List<Sample> samples = new ArrayList<>();
		for (long next = start; next <= end; next += SAMPLE_INTERVAL.toNanos()) {
			Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
			long at = System.nanoTime();
			long written = StoreOffsets.sum(store.endOffsets(admin));
			long committed = StoreOffsets.sum(store.committed(admin, group));
			if (at >= half) {
				samples.add(new Sample(at, written, committed));
			}
		}
		return samples;
	}

}
