package dev.kafkaplayground.tools.exactlyonce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Compares the processor's final windows with the generator's final ground truth, minute
 * by minute (the rules are in {@code docs/exactly-once.md}):
 * <ul>
 * <li>No late events: {@code events} (per type), {@code revenueCents}, {@code orders},
 * {@code games} and {@code funnel} equal.</li>
 * <li>With late events a window may miss some of its minute's events, dropped as late and
 * reported in a later window's {@code late.dropped}, so they cannot be matched minute by
 * minute: per type no more than produced, in all no more missing than the minute's
 * {@code late} (events sent late), orders and revenue short by exactly the missing
 * purchases' share, and over all minutes no more missing than reported dropped. Games are
 * compared only where nothing is missing; the funnel only when no compared minute had
 * late events, because an event arriving out of order moves a session's first to another
 * minute.</li>
 * <li>A window's final records, if several (a replay after a reset of the processor's
 * application publishes it again), all have the same figures; the latest is
 * compared.</li>
 * </ul>
 */
public final class ExactlyOnceComparison {

	private static final String PURCHASE = EventType.PURCHASE.wireName();

	/**
	 * @param records what the topics hold
	 * @param lastMinutes compare only the latest this many minutes; 0 for all
	 */
	public ComparisonReport compare(FinalRecords records, int lastMinutes) {
		Instant lastClosed = records.windows()
			.entrySet()
			.stream()
			.filter((window) -> window.getValue().latestFinal() != null)
			.map(Map.Entry::getKey)
			.reduce((a, b) -> b)
			.orElse(null);
		List<MinuteTruth> compared = new ArrayList<>();
		List<Instant> pending = new ArrayList<>();
		records.truths().forEach((minute, truth) -> {
			FinalRecords.Window window = records.windows().get(minute);
			boolean closed = window != null && window.latestFinal() != null;
			if (closed || (lastClosed != null && minute.isBefore(lastClosed))) {
				compared.add(truth);
			}
			else {
				pending.add(minute);
			}
		});
		List<MinuteTruth> selected = (lastMinutes > 0 && compared.size() > lastMinutes)
				? compared.subList(compared.size() - lastMinutes, compared.size()) : compared;
		if (selected.isEmpty()) {
			return new ComparisonReport(List.of(), pending, computedOnly(records, Instant.MIN), 0, true);
		}
		Instant first = selected.get(0).windowStart();
		boolean judgeFunnel = selected.stream().allMatch((truth) -> truth.late() == 0);
		List<MinuteCheck> checks = selected.stream()
			.map((truth) -> check(truth, records.windows().get(truth.windowStart()), judgeFunnel))
			.toList();
		long lateDropped = records.windows()
			.tailMap(first)
			.values()
			.stream()
			.mapToLong(FinalRecords.Window::lateDropped)
			.sum();
		return new ComparisonReport(checks, pending, computedOnly(records, first), lateDropped, judgeFunnel);
	}

	private MinuteCheck check(MinuteTruth truth, FinalRecords.Window window, boolean judgeFunnel) {
		long lateDropped = (window != null) ? window.lateDropped() : 0;
		if (window == null || window.latestFinal() == null) {
			// later windows are final: this one was closed without a record
			boolean allLate = truth.totalEvents() <= truth.late();
			List<String> problems = allLate ? List.of() : List.of("no final window");
			return new MinuteCheck(truth.windowStart(), truth, null, lateDropped, false, Match.NOT_JUDGED,
					Match.NOT_JUDGED, allLate ? Verdict.EXPLAINED : Verdict.DIFFERENT, problems);
		}
		ComputedWindow computed = window.latestFinal();
		WindowMetrics metrics = computed.metrics();
		List<String> problems = new ArrayList<>();
		if (window.figuresDiffer()) {
			problems.add(window.finalRecords() + " final records with different figures");
		}
		boolean eventsEqual = compareEvents(truth, metrics, problems);
		long missingPurchases = count(truth.events(), PURCHASE) - count(metrics.events(), PURCHASE);
		if (truth.orders() - metrics.orders() != missingPurchases) {
			problems.add("orders " + metrics.orders() + " instead of " + (truth.orders() - missingPurchases));
		}
		boolean revenueOk = (missingPurchases == 0) ? metrics.revenueCents() == truth.revenueCents()
				: metrics.revenueCents() <= truth.revenueCents();
		if (!revenueOk) {
			problems.add("revenueCents " + metrics.revenueCents() + " instead of " + truth.revenueCents());
		}
		Match games = Match.of(eventsEqual, truth.games().equals(metrics.games()));
		if (games == Match.NO) {
			problems.add("games differ");
		}
		Match funnel = Match.of(judgeFunnel && eventsEqual, truth.funnel().equals(metrics.funnel()));
		if (funnel == Match.NO) {
			problems.add("funnel " + metrics.funnel() + " instead of " + truth.funnel());
		}
		Verdict verdict = !problems.isEmpty() ? Verdict.DIFFERENT : (eventsEqual ? Verdict.OK : Verdict.EXPLAINED);
		boolean publishedAgain = window.finalRecords() > 1 && !window.figuresDiffer();
		return new MinuteCheck(truth.windowStart(), truth, computed, lateDropped, publishedAgain, games, funnel,
				verdict, problems);
	}

	/** Whether the event counts are equal; adds what late drops cannot explain. */
	private static boolean compareEvents(MinuteTruth truth, WindowMetrics metrics, List<String> problems) {
		boolean equal = true;
		for (String type : new TreeSet<>(union(truth.events(), metrics.events()))) {
			long missing = count(truth.events(), type) - count(metrics.events(), type);
			if (missing < 0) {
				problems.add(type + " " + count(metrics.events(), type) + " but " + count(truth.events(), type)
						+ " produced");
			}
			equal &= missing == 0;
		}
		long missing = truth.totalEvents() - metrics.totalEvents();
		if (missing > truth.late()) {
			problems.add(missing + " events missing but only " + truth.late() + " sent late");
		}
		return equal;
	}

	private static List<String> union(Map<String, Long> a, Map<String, Long> b) {
		List<String> keys = new ArrayList<>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

	private static long count(Map<String, Long> events, String type) {
		return Objects.requireNonNullElse(events.get(type), 0L);
	}

	private static List<Instant> computedOnly(FinalRecords records, Instant from) {
		return records.windows()
			.entrySet()
			.stream()
			.filter((window) -> window.getValue().latestFinal() != null && !window.getKey().isBefore(from)
					&& !records.truths().containsKey(window.getKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
