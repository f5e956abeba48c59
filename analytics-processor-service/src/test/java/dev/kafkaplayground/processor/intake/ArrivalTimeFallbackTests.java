package dev.kafkaplayground.processor.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalTimeFallbackTests {

	private final ArrivalTimeFallback extractor = new ArrivalTimeFallback();

	@Test
	void shouldUseTheRecordTimestampWhenValid() {
		assertThat(this.extractor.extract(record(1_000L), 5_000L)).isEqualTo(1_000L);
	}

	@Test
	void shouldFallBackToPartitionTimeForAnInvalidTimestamp() {
		assertThat(this.extractor.extract(record(-1L), 5_000L)).isEqualTo(5_000L);
	}

	@Test
	void shouldFallBackToWallClockBeforeThePartitionHasATime() {
		long before = System.currentTimeMillis();
		assertThat(this.extractor.extract(record(-1L), -1L)).isGreaterThanOrEqualTo(before);
	}

	private static ConsumerRecord<Object, Object> record(long timestamp) {
		return new ConsumerRecord<>("store.purchases", 0, 0L, timestamp, TimestampType.CREATE_TIME, 0, 0, "k",
				new byte[0], new RecordHeaders(), Optional.empty());
	}

}
