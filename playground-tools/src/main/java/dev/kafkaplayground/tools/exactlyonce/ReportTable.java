package dev.kafkaplayground.tools.exactlyonce;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints a {@link ComparisonReport} as the per-minute table a learner reads. */
public final class ReportTable {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final String ROW = "%-16s  %8s %8s  %12s %12s  %6s %6s  %6s  %5s  %9s %9s  %s%n";

	private ReportTable() {
	}

	public static void print(ComparisonReport report, PrintWriter out) {
		out.printf(ROW, "minute (UTC)", "events", "", "revenue", "", "orders", "", "funnel", "games", "late", "late",
				"verdict");
		out.printf(ROW, "", "truth", "computed", "truth", "computed", "truth", "comp.", "equal", "equal", "sent",
				"dropped", "");
		for (MinuteCheck check : report.minutes()) {
			out.printf(ROW, MINUTE.format(check.minute()), check.truth().totalEvents(), computed(check, "events"),
					money(check.truth().revenueCents()), computed(check, "revenue"), check.truth().orders(),
					computed(check, "orders"), check.funnel().label(), check.games().label(), check.truth().late(),
					check.lateDropped(), check.verdict().label());
		}
		out.println();
		summary(report, out);
		out.flush();
	}

	/** The lines after the table; the last one gives the result. */
	static void summary(ComparisonReport report, PrintWriter out) {
		out.printf("%d %s compared: %d OK, %d %s, %d %s.%n", report.minutes().size(),
				(report.minutes().size() == 1) ? "minute" : "minutes", report.count(Verdict.OK),
				report.count(Verdict.EXPLAINED), Verdict.EXPLAINED.label(), report.count(Verdict.DIFFERENT),
				Verdict.DIFFERENT.label());
		for (MinuteCheck check : report.minutes()) {
			if (check.verdict() == Verdict.DIFFERENT) {
				out.printf("  %s: %s%n", MINUTE.format(check.minute()), String.join("; ", check.problems()));
			}
		}
		if (report.publishedAgain() > 0) {
			out.printf("%d %s published again with the same figures (a replay after a reset).%n",
					report.publishedAgain(), (report.publishedAgain() == 1) ? "window" : "windows");
		}
		if (report.missingEvents() >= 0) {
			out.printf("Events missing from their windows: %d; reported dropped as late: %d (%s).%n",
					report.missingEvents(), report.lateDropped(),
					report.balanced() ? "every missing event is accounted for" : "NOT accounted for");
		}
		else {
			out.printf("Events counted beyond what was produced: %d.%n", -report.missingEvents());
		}
		if (!report.funnelJudged()) {
			out.println("Funnels not compared: late events move a session's first step to another minute.");
		}
		if (!report.pending().isEmpty()) {
			out.printf("Pending (final truth, window not closed yet): %s%n", minutes(report.pending()));
		}
		if (!report.computedOnly().isEmpty()) {
			out.printf("Windows without final truth (not compared): %s%n", minutes(report.computedOnly()));
		}
		if (report.minutes().isEmpty()) {
			out.println("Result: nothing to compare yet: no minute has both final truth and a final window.");
		}
		else if (report.passed()) {
			out.println("Result: exactly once: no unexplained difference.");
		}
		else {
			out.println("Result: DIFFERENT: the processor's final windows do not match the ground truth.");
		}
	}

	private static String computed(MinuteCheck check, String figure) {
		if (check.computed() == null) {
			return "none";
		}
		return switch (figure) {
			case "events" -> String.valueOf(check.computedEvents());
			case "revenue" -> money(check.computedRevenueCents());
			default -> String.valueOf(check.computedOrders());
		};
	}

	private static String money(long cents) {
		return String.format("%d.%02d", cents / 100, Math.abs(cents % 100));
	}

	private static String minutes(List<Instant> minutes) {
		return minutes.stream().map(MINUTE::format).collect(Collectors.joining(", "));
	}

}
