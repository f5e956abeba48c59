package dev.kafkaplayground.labs.group;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a group member prints every few seconds.
 */
class ReadTallyTests {

	@Test
	void shouldReportRecordsPerPartitionSinceTheLastReportWithPositions() {
		ReadTally tally = new ReadTally();
		tally.add(3, 5);
		tally.add(0, 7);
		tally.add(3, 2);
		assertThat(tally.report(List.of(0, 3), (partition) -> 100L + partition, 5))
			.isEqualTo("read 14 in 5 s: p0 +7 (position 100), p3 +7 (position 103); 14 in all");
		tally.add(0, 1);
		assertThat(tally.report(List.of(0, 3, 4), (partition) -> 0L, 5))
			.isEqualTo("read 1 in 5 s: p0 +1 (position 0), p3 +0 (position 0), p4 +0 (position 0); 15 in all");
		assertThat(tally.report(List.of(), (partition) -> 0L, 5)).isEqualTo("read 0 in 5 s: no partitions; 15 in all");
	}

}
