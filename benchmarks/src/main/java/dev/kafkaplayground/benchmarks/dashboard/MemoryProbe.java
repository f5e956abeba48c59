package dev.kafkaplayground.benchmarks.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of another JVM on this machine: its heap in use right after a full garbage
 * collection ({@code jcmd <pid> GC.run}, then {@code GC.heap_info}), so that only live
 * objects count, and its resident set size ({@code ps}). {@code jcmd} is taken from the
 * JDK running this program.
 */
final class MemoryProbe {

	// one line per heap (G1, ZGC, Shenandoah) or generation (Serial, Parallel), e.g.
	// " garbage-first heap total 262144K, used 45678K [0x…"; Metaspace lines have no
	// total
	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private final long pid;

	MemoryProbe(long pid) {
		this.pid = pid;
	}

	long pid() {
		return this.pid;
	}

	Sample sample() throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		run(jcmd, Long.toString(this.pid), "GC.run");
		long heap = heapUsedKb(run(jcmd, Long.toString(this.pid), "GC.heap_info"));
		long rss = Long.parseLong(run("ps", "-o", "rss=", "-p", Long.toString(this.pid)).trim());
		return new Sample(heap, rss);
	}

	/**
	 * The heap in use in the output of {@code jcmd GC.heap_info}, in KiB: the sum over
	 * its heaps or generations.
	 * @throws IllegalArgumentException if the output names none
	 */
	static long heapUsedKb(String heapInfo) {
		Matcher matcher = HEAP_USED.matcher(heapInfo);
		long used = 0;
		boolean found = false;
		while (matcher.find()) {
			used += Long.parseLong(matcher.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalArgumentException("no heap usage in the output of GC.heap_info: " + heapInfo);
		}
		return used;
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	/**
	 * @param heapUsedKb heap in use after a full collection, KiB
	 * @param rssKb resident set size, KiB
	 */
	record Sample(long heapUsedKb, long rssKb) {

	}

}
