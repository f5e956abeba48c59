package dev.kafkaplayground.dashboard.pipeline;

import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.instances.InstancesFeed;

/**
 * The one place the {@link Pipeline} is put together: the instances now and what the last
 * poll of Kafka found, and one shared, hot feed of the pipeline after every poll.
 */
@Component
public class PipelineView {

	private final InstancesFeed instances;

	private final AtomicReference<PolledState> polled = new AtomicReference<>(PolledState.NONE);

	private final Sinks.Many<Pipeline> polls = Sinks.many().multicast().directBestEffort();

	public PipelineView(InstancesFeed instances) {
		this.instances = instances;
	}

	/** The pipeline now. */
	public Pipeline current() {
		return Pipeline.of(this.instances.snapshot(), this.polled.get());
	}

	/**
	 * The pipeline after each poll, from the moment of subscription. A subscriber that
	 * does not keep up misses pipelines: each one replaces the one before.
	 */
	public Flux<Pipeline> polls() {
		return this.polls.asFlux();
	}

	PolledState polled() {
		return this.polled.get();
	}

	/** Called by the poller's one thread after each poll. */
	void publish(PolledState state) {
		this.polled.set(state);
		// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: current() has it
		this.polls.tryEmitNext(current());
	}

}
