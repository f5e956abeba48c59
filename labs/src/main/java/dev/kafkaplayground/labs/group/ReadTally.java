package dev.kafkaplayground.labs.group;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Records read per partition since the last report, and in all.
 */
final class ReadTally {

	private final Map<Integer, Long> sinceReport = new TreeMap<>();

	private long total;

	void add(int partition, long records) {
		this.sinceReport.merge(partition, records, Long::sum);
		this.total += records;
	}

	long total() {
		return this.total;
	}

	/**
	 * One line: the records read since the last report from each partition held, with its
	 * position (the offset of the next record to read), e.g.
	 * {@code read 12 in 5 s: p0 +7 (position 130), p3 +5 (position 98); 40 in all}.
	 * Starts the next report.
	 */
	String report(Iterable<Integer> holding, ToLongFunction<Integer> position, long seconds) {
		StringBuilder line = new StringBuilder();
		long read = this.sinceReport.values().stream().mapToLong(Long::longValue).sum();
		for (int partition : holding) {
			long records = this.sinceReport.getOrDefault(partition, 0L);
			line.append((line.length() > 0) ? ", " : "")
				.append("p")
				.append(partition)
				.append(" +")
				.append(records)
				.append(" (position ")
				.append(position.applyAsLong(partition))
				.append(")");
		}
		this.sinceReport.clear();
		return "read " + read + " in " + seconds + " s: " + ((line.length() > 0) ? line : "no partitions") + "; "
				+ this.total + " in all";
	}

}
