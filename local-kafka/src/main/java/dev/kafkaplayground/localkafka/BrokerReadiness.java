package dev.kafkaplayground.localkafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until a broker answers an Admin request. Each attempt waits for the broker itself
 * (the client keeps reconnecting); only an attempt that fails early is followed by a
 * short, growing back-off.
 */
final class BrokerReadiness {

	private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(BrokerReadiness.class);

	private final Admin admin;

	private final String bootstrapServers;

	BrokerReadiness(Admin admin, String bootstrapServers) {
		this.admin = admin;
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * The cluster the broker belongs to, once it answers.
	 * @throws TopicSetupException if it does not answer before the deadline
	 */
	Cluster await(Deadline deadline) throws InterruptedException {
		Duration backoff = FIRST_BACKOFF;
		logger.info("Waiting for Kafka at {} ...", this.bootstrapServers);
		while (true) {
			try {
				DescribeClusterResult result = this.admin
					.describeCluster(new DescribeClusterOptions().timeoutMs(deadline.remainingMillis(ATTEMPT_TIMEOUT)));
				return new Cluster(result.clusterId().get(), result.nodes().get().size());
			}
			catch (ExecutionException ex) {
				if (deadline.isExpired()) {
					throw new TopicSetupException("Kafka at " + this.bootstrapServers + " did not answer within "
							+ Seconds.of(deadline.elapsed()) + " (last error: " + ex.getCause().getMessage()
							+ "). Is the broker running?", ex.getCause());
				}
				Thread.sleep(Math.min(backoff.toMillis(), deadline.remaining().toMillis()));
				backoff = (backoff.compareTo(MAX_BACKOFF) < 0) ? backoff.multipliedBy(2) : MAX_BACKOFF;
			}
		}
	}

	/**
	 * What the broker said about its cluster.
	 *
	 * @param id the cluster id
	 * @param brokers how many brokers the cluster has
	 */
	record Cluster(String id, int brokers) {

	}

}
