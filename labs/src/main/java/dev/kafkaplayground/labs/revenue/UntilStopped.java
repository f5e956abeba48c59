package dev.kafkaplayground.labs.revenue;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * Runs a Kafka Streams topology until Ctrl-C (SIGTERM) or until it fails: an exception in
 * a stream thread stops the whole job rather than leaving it half running.
 */
final class UntilStopped {

	private UntilStopped() {
	}

	/** Starts the topology and returns, once it has stopped, 0, or 1 if it failed. */
	static int run(Topology topology, Properties config, Runnable onStarted) throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		try (KafkaStreams streams = new KafkaStreams(topology, config)) {
			streams.setStateListener((now, before) -> {
				if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
					stopped.countDown();
				}
			});
			streams.setUncaughtExceptionHandler((ex) -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
			// leave the group at once: a job started again need not wait
			// until the old member's session times out
			CloseOptions leave = CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
				.withTimeout(Duration.ofSeconds(30));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(leave), "stop-lab"));
			streams.start();
			onStarted.run();
			stopped.await();
			return (streams.state() == KafkaStreams.State.ERROR) ? 1 : 0;
		}
	}

}
