package dev.kafkaplayground.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits on the five store topics, polling with the Admin client, and prints one result
 * line on stdout for {@code scripts/bench-processor.sh}:
 * <ul>
 * <li>{@code --records N}: until the sum of their end offsets reaches N; prints
 * {@code records=<sum>}.</li>
 * <li>{@code --group G}: until group G has committed the end offset of every partition
 * (no lag); prints {@code first-commit-at-ms=<epoch ms>} when it sees the group's first
 * commit (the start-up is over) and {@code caught-up-at-ms=<epoch ms>} at the end. The
 * end offsets are read once at start: nothing writes to the store topics while a group
 * catches up.</li>
 * </ul>
 * Exits with 2 when {@code --timeout-seconds} (default 900) pass first.
 */
public final class LagWatch {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

	private static final Logger logger = LoggerFactory.getLogger(LagWatch.class);

	private LagWatch() {
	}

	public static void main(String[] args) throws InterruptedException, ExecutionException {
		Arguments arguments = Arguments.parse(args,
				List.of("--bootstrap-server", "--records", "--group", "--timeout-seconds"));
		Instant deadline = Instant.now()
			.plusSeconds(Long.parseLong(arguments.optional("--timeout-seconds").orElse("900")));
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, arguments.required("--bootstrap-server")))) {
			StoreOffsets store = StoreOffsets.of(admin);
			boolean done;
			if (arguments.optional("--group").isPresent()) {
				done = waitForGroup(admin, store, arguments.required("--group"), deadline);
			}
			else {
				done = waitForRecords(admin, store, Long.parseLong(arguments.required("--records")), deadline);
			}
			if (!done) {
				logger.error("Timed out");
				System.exit(2);
			}
		}
	}

	private static boolean waitForRecords(Admin admin, StoreOffsets store, long records, Instant deadline)
			throws InterruptedException, ExecutionException {
		Progress progress = new Progress();
		while (Instant.now().isBefore(deadline)) {
			long sum = StoreOffsets.sum(store.endOffsets(admin));
			if (sum >= records) {
				Results.print("records", sum);
				return true;
			}
			progress.log("{} of {} records on the store topics", sum, records);
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return false;
	}

	private static boolean waitForGroup(Admin admin, StoreOffsets store, String group, Instant deadline)
			throws InterruptedException, ExecutionException {
		Map<TopicPartition, Long> ends = store.endOffsets(admin);
		long total = StoreOffsets.sum(ends);
		logger.info("Waiting for group {} to commit {} records", group, total);
		Progress progress = new Progress();
		boolean committed = false;
		while (Instant.now().isBefore(deadline)) {
			long lag = StoreOffsets.lag(ends, store.committed(admin, group));
			if (!committed && lag < total) {
				committed = true;
				Results.print("first-commit-at-ms", System.currentTimeMillis());
			}
			if (lag == 0) {
				Results.print("caught-up-at-ms", System.currentTimeMillis());
				return true;
			}
			progress.log("group {}: lag {}", group, lag);
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return false;
	}

	/** Logs progress now and then, not on every poll. */
	private static final class Progress {

		private Instant next = Instant.now();

		void log(String format, Object... values) {
			if (!Instant.now().isBefore(this.next)) {
				logger.info(format, values);
				this.next = Instant.now().plus(PROGRESS_INTERVAL);
			}
		}

	}

}
