package dev.kafkaplayground.dashboard.metrics;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * The one place window figures enter the dashboard: the history of recent windows and one
 * shared, hot feed of every change to it. The feed never waits for a subscriber; a
 * subscriber that wants every change must request without bound and do its own
 * back-pressure.
 */
@Component
public class MetricsFeed {

	private final MetricsHistory history;

	private final Sinks.Many<WindowMetrics> updates = Sinks.many().multicast().directBestEffort();

	private final Counter applied;

	private final Counter ignored;

	public MetricsFeed(DashboardProperties properties, MeterRegistry registry) {
		this.history = new MetricsHistory(properties.maxWindows());
		Gauge.builder("dashboard.windows", this.history, MetricsHistory::size)
			.description("Windows held in memory")
			.register(registry);
		this.applied = recordsCounter(registry, "applied");
		this.ignored = recordsCounter(registry, "ignored");
	}

	/**
	 * Takes a record from {@code analytics.metrics}. Synchronized so that the feed emits
	 * changes in the order the history applied them.
	 */
	public synchronized void accept(WindowMetrics metrics) {
		if (!this.history.offer(metrics)) {
			this.ignored.increment();
			return;
		}
		this.applied.increment();
		// FAIL_ZERO_SUBSCRIBER (nobody watching) is fine: the history has it
		this.updates.tryEmitNext(metrics);
	}

	/** The windows held, oldest first. */
	public List<WindowMetrics> snapshot() {
		return this.history.snapshot();
	}

	/** Every change to the history from the moment of subscription. */
	public Flux<WindowMetrics> updates() {
		return this.updates.asFlux();
	}

	private static Counter recordsCounter(MeterRegistry registry, String outcome) {
		return Counter.builder("dashboard.metrics.records")
			.description("Records read from analytics.metrics, by whether they changed the history")
			.tag("outcome", outcome)
			.register(registry);
	}

}
