package dev.kafkaplayground.dashboard.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import dev.kafkaplayground.dashboard.instances.InstancesFeed;
import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * Polls Kafka every {@code playground.dashboard.pipeline-interval} on a thread of its own
 * (Admin and consumer calls block; they must never run on a web-server thread) and
 * publishes the result to the {@link PipelineView}. A failed poll (broker down) keeps
 * what the last good one found, marked with the error; the outage is logged once, and
 * again when it ends. Stops, interrupting a poll under way, when the application stops.
 */
final class PipelinePoller implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PipelinePoller.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final ClusterReader reader;

	private final PipelineView view;

	private final InstancesFeed instances;

	private final Duration interval;

	private final PipelineMeters meters;

	private final RebalanceTimeline timeline = new RebalanceTimeline();

	private ClusterRead previous;

	private boolean failing;

	private volatile ScheduledExecutorService executor;

	PipelinePoller(ClusterReader reader, PipelineView view, InstancesFeed instances, Duration interval,
			PipelineMeters meters) {
		this.reader = reader;
		this.view = view;
		this.instances = instances;
		this.interval = interval;
		this.meters = meters;
	}

	/** One poll; called by the poller's thread, or by tests instead of it. */
	void poll() {
		Timer.Sample sample = Timer.start();
		try {
			ClusterRead read = this.reader.read();
			List<ProcessorStatus> now = this.instances.snapshot();
			GroupView group = PipelineAssembler.group(read, now);
			this.timeline.record(group, read.at());
			this.view.publish(new PolledState(read.at(), PipelineAssembler.topics(read, this.previous), group,
					this.timeline.entries(), read.deadLetters(), null));
			this.previous = read;
			this.meters.succeeded();
			if (this.failing) {
				logger.info("Kafka answers the pipeline's polls again");
				this.failing = false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			failed(ex);
		}
		finally {
			sample.stop(this.meters.duration());
		}
	}

	private void failed(Exception ex) {
		this.meters.failed();
		if (!this.failing) {
			logger.warn("Could not poll Kafka for the pipeline; retrying every {} and showing the last good poll",
					this.interval, ex);
			this.failing = true;
		}
		this.view.publish(this.view.polled().failed(describe(ex)));
	}

	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "dashboard-pipeline");
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::poll, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running == null) {
			return;
		}
		running.shutdownNow();
		try {
			if (!running.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("The pipeline poller did not stop within {}", STOP_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
