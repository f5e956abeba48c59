package dev.kafkaplayground.processor;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the analytics processor ({@code playground.processor.*}). The window size
 * is not among them: the metrics contract fixes it at one minute.
 *
 * @param grace how long after its end a window still accepts out-of-order events before
 * its final record is published
 * @param emitInterval wall-clock time between update records of open windows
 * @param maxFutureSkew how far ahead of the processor's clock an event's
 * {@code occurredAt} may be; later events go to the dead-letter topic instead of pushing
 * stream time past every open window. At most 1 h: brokers refuse record timestamps
 * further ahead than that ({@code log.message.timestamp.after.max.ms})
 * @param sessionGap inactivity (in event time) after which a session has ended: its state
 * is forgotten a grace period later, and a later event of the same id starts a new one
 */
@ConfigurationProperties("playground.processor")
@Validated
public record ProcessorProperties(
		@NotNull @DurationMin(millis = 0) @DurationMax(hours = 24) @DefaultValue("30s") Duration grace,
		@NotNull @DurationMin(millis = 10) @DurationMax(minutes = 1) @DefaultValue("1s") Duration emitInterval,
		@NotNull @DurationMin(millis = 0) @DurationMax(hours = 1) @DefaultValue("1h") Duration maxFutureSkew,
		@NotNull @DurationMin(seconds = 1) @DurationMax(hours = 24) @DefaultValue("5m") Duration sessionGap) {

}
