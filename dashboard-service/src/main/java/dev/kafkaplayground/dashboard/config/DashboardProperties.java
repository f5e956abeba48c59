package dev.kafkaplayground.dashboard.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dashboard ({@code playground.dashboard.*}).
 *
 * @param history how far back in {@code analytics.metrics} to read on start, so the page
 * has history after a restart; zero shows only what arrives from now on
 * @param maxWindows how many of the most recent windows, and of minutes of ground truth,
 * to keep in memory and to send as a snapshot to each browser
 * @param heartbeat how often every open stream gets a {@code heartbeat} event, so
 * browsers and proxies can tell an idle stream from a dead one
 * @param instanceTimeout how old the last status record of a processor instance may be
 * before the dashboard counts it as gone (a crashed instance sends no tombstone); keep it
 * above three of the processor's {@code status-interval}s
 * @param pipelineInterval how often the dashboard asks Kafka (Admin client) for end
 * offsets, the processor group's members and its committed offsets, for
 * {@code /api/pipeline}
 * @param processorGroup the consumer group whose members and lag the pipeline shows: the
 * processor's Kafka Streams {@code application.id}
 * @param generatorUrl base URL of the event generator's HTTP API, to which
 * {@code /api/generator/**} is forwarded so the page's control panel stays on the
 * dashboard's own origin
 */
@Validated
@ConfigurationProperties("playground.dashboard")
public record DashboardProperties(
		@DefaultValue("60m") @NotNull @DurationMin(millis = 0) @DurationMax(days = 7) Duration history,
		@DefaultValue("60") @Min(1) @Max(10_080) int maxWindows,
		@DefaultValue("15s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration heartbeat,
		@DefaultValue("10s") @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 10) Duration instanceTimeout,
		@DefaultValue("2s") @NotNull @DurationMin(millis = 500) @DurationMax(seconds = 60) Duration pipelineInterval,
		@DefaultValue("analytics-processor") @NotBlank String processorGroup,
		@DefaultValue("http://localhost:8081") @NotNull @URL(regexp = "^https?://[^/?#]+/?$",
				message = "must be an http or https URL with a host and no path, e.g. http://localhost:8081") String generatorUrl) {

}
