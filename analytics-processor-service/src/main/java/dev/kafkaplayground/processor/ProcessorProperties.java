package dev.kafkaplayground.processor;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
 * @param instanceId this instance's id in its status records (the record key); unset, it
 * is {@code <host>:<port>}, unique both for instances on one machine (ports differ) and
 * for replicas in containers (host names differ)
 * @param statusInterval wall-clock time between this instance's status records
 * @param stalledTaskTimeout wall-clock time after which an input task that has handed
 * over no figures (its instance crashed and its partitions wait for a new owner) no
 * longer holds the windows open: until then, windows close on the slowest input task
 * @param hotSessions heap each input task may use to keep its recently active sessions in
 * front of its RocksDB sessions store, at most 1 GB; {@code 0} reads and writes RocksDB
 * for every event
 */
@ConfigurationProperties("playground.processor")
@Validated
public record ProcessorProperties(
		@NotNull @DurationMin(millis = 0) @DurationMax(hours = 24) @DefaultValue("30s") Duration grace,
		@NotNull @DurationMin(millis = 10) @DurationMax(minutes = 1) @DefaultValue("1s") Duration emitInterval,
		@NotNull @DurationMin(millis = 0) @DurationMax(hours = 1) @DefaultValue("1h") Duration maxFutureSkew,
		@NotNull @DurationMin(seconds = 1) @DurationMax(hours = 24) @DefaultValue("5m") Duration sessionGap,
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}",
				message = "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit") String instanceId,
		@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 1) @DefaultValue("3s") Duration statusInterval,
		@NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) @DefaultValue("60s") Duration stalledTaskTimeout,
		@NotNull @DefaultValue("32MB") DataSize hotSessions) {

	private static final DataSize MAX_HOT_SESSIONS = DataSize.ofGigabytes(1);

	public ProcessorProperties {
		if (hotSessions != null && (hotSessions.isNegative() || hotSessions.compareTo(MAX_HOT_SESSIONS) > 0)) {
			throw new IllegalArgumentException(
					"playground.processor.hot-sessions must be between 0 and 1GB but was " + hotSessions);
		}
	}

}
