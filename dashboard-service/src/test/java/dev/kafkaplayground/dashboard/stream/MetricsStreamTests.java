package dev.kafkaplayground.dashboard.stream;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.kafkaplayground.dashboard.config.DashboardProperties;
import dev.kafkaplayground.dashboard.metrics.MetricsFeed;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.WindowMetrics;

import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.minute;
import static dev.kafkaplayground.dashboard.metrics.WindowMetricsFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsStreamTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final DashboardProperties properties = new DashboardProperties(Duration.ofMinutes(60), 60,
			Duration.ofSeconds(15));

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final MetricsFeed feed = new MetricsFeed(this.properties, this.registry);

	private final MetricsStream stream = new MetricsStream(this.feed, this.properties, this.registry);

	@Test
	void shouldSendWindowsAsMetricsEventsWithTheContractJson() {
		WindowMetrics window = open(minute(0), 5, Duration.ofSeconds(10));
		this.feed.accept(window);

		StepVerifier.create(this.stream.events().filter((event) -> SseEvents.METRICS.equals(event.event())))
			.assertNext((event) -> {
				assertThat(event.id()).isEqualTo("2026-11-24T15:00:00.000Z/2026-11-24T15:00:10.000Z");
				assertThat(event.data()).isEqualTo(EventJson.mapper().writeValueAsString(window))
					.contains("\"final\":false");
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void shouldSendAHeartbeatAtOnce() {
		StepVerifier.create(this.stream.events()).assertNext((event) -> {
			assertThat(event.event()).isEqualTo(SseEvents.HEARTBEAT);
			assertThat(event.id()).isNull();
			assertThat(event.data()).contains("\"intervalMillis\":15000").contains("\"serverTime\":\"");
		}).thenCancel().verify(TIMEOUT);
	}

	@Test
	void shouldCountConnectedClients() {
		StepVerifier.create(this.stream.events())
			.expectNextMatches((event) -> clients() == 1)
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(clients()).isZero();
	}

	@Test
	void shouldEndOpenStreamsWhenStopped() {
		this.stream.start();
		StepVerifier.create(this.stream.events())
			.expectNextMatches((event) -> event.event() != null)
			.then(this.stream::stop)
			.thenConsumeWhile((event) -> true)
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.stream.isRunning()).isFalse();
	}

	private double clients() {
		return this.registry.get("dashboard.sse.clients").gauge().value();
	}

}
