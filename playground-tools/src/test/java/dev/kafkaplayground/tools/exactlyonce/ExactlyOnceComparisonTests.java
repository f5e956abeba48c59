package dev.kafkaplayground.tools.exactlyonce;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.truth.MinuteTruth;

import static dev.kafkaplayground.tools.exactlyonce.Records.events;
import static dev.kafkaplayground.tools.exactlyonce.Records.lateDropped;
import static dev.kafkaplayground.tools.exactlyonce.Records.publishedLater;
import static dev.kafkaplayground.tools.exactlyonce.Records.truth;
import static dev.kafkaplayground.tools.exactlyonce.Records.window;
import static org.assertj.core.api.Assertions.assertThat;

class ExactlyOnceComparisonTests {

	private final ExactlyOnceComparison comparison = new ExactlyOnceComparison();

	@Test
	void shouldPassWhenEveryFigureOfEveryClosedMinuteEqualsTheTruth() {
		MinuteTruth first = truth(0, 0);
		MinuteTruth second = truth(1, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(first)
			.truth(second)
			.window(window(first, false, events("purchase", 1)))
			.window(window(first, true))
			.window(window(second, true))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes()).extracting(MinuteCheck::verdict).containsExactly(Verdict.OK, Verdict.OK);
		assertThat(report.minutes()).extracting(MinuteCheck::games).containsOnly(Match.YES);
		assertThat(report.minutes()).extracting(MinuteCheck::funnel).containsOnly(Match.YES);
		assertThat(report.passed()).isTrue();
		assertThat(report.exact()).isTrue();
	}

	@Test
	void shouldExplainEventsMissingFromAWindowByLateDropsReportedInALaterOne() {
		MinuteTruth first = truth(0, 3);
		MinuteTruth second = truth(1, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(first)
			.truth(second)
			.window(window(first, true, events("game_page_viewed", 98)))
			.window(window(second, true, lateDropped(2)))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		MinuteCheck late = report.minutes().get(0);
		assertThat(late.verdict()).isEqualTo(Verdict.EXPLAINED);
		assertThat(late.missingEvents()).isEqualTo(2);
		assertThat(late.games()).isEqualTo(Match.NOT_JUDGED);
		assertThat(report.funnelJudged()).isFalse();
		assertThat(report.lateDropped()).isEqualTo(2);
		assertThat(report.passed()).isTrue();
		assertThat(report.exact()).isFalse();
	}

	@Test
	void shouldFindMoreEventsMissingThanWereSentLate() {
		MinuteTruth truth = truth(0, 1);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(window(truth, true, events("search_performed", 27).andThen(lateDropped(3))))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes().get(0).verdict()).isEqualTo(Verdict.DIFFERENT);
		assertThat(report.minutes().get(0).problems()).containsExactly("3 events missing but only 1 sent late");
		assertThat(report.passed()).isFalse();
	}

	@Test
	void shouldFindEventsCountedTwice() {
		MinuteTruth truth = truth(0, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(window(truth, true, events("cart_action", 21)))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes().get(0).verdict()).isEqualTo(Verdict.DIFFERENT);
		assertThat(report.minutes().get(0).problems()).containsExactly("cart_action 21 but 20 produced");
		StringWriter text = new StringWriter();
		ReportTable.print(report, new PrintWriter(text));
		assertThat(text.toString()).contains("Events counted beyond what was produced: 1.",
				"Result: DIFFERENT: the processor's final windows do not match the ground truth.");
	}

	@Test
	void shouldFindMissingEventsThatNoLateDropAccountsFor() {
		MinuteTruth truth = truth(0, 5);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(window(truth, true, events("game_page_viewed", 97)))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes().get(0).verdict()).isEqualTo(Verdict.EXPLAINED);
		assertThat(report.balanced()).isFalse();
		assertThat(report.passed()).isFalse();
	}

	@Test
	void shouldFindDifferentGamesFunnelRevenueAndOrdersWhenNoEventIsMissing() {
		MinuteTruth truth = truth(0, 0);
		FinalRecords records = FinalRecords.builder().truth(truth).window(window(truth, true, (json) -> {
			json.put("revenueCents", 9994);
			json.put("orders", 5);
			json.putObject("funnel").put("viewed", 51).put("wishlisted", 8).put("carted", 15).put("purchased", 4);
			json.putObject("games").putPOJO("g-001", new GameActivity(60, 6, 12, 3, 5997));
		})).build();

		MinuteCheck check = this.comparison.compare(records, 0).minutes().get(0);

		assertThat(check.verdict()).isEqualTo(Verdict.DIFFERENT);
		assertThat(check.games()).isEqualTo(Match.NO);
		assertThat(check.funnel()).isEqualTo(Match.NO);
		assertThat(check.problems()).hasSize(4);
	}

	@Test
	void shouldFindAWindowClosedWithoutFinalRecordButCallTheLatestOnePending() {
		MinuteTruth missing = truth(0, 0);
		MinuteTruth closed = truth(1, 0);
		MinuteTruth open = truth(2, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(missing)
			.truth(closed)
			.truth(open)
			.window(window(missing, false))
			.window(window(closed, true))
			.window(window(open, false))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes()).extracting(MinuteCheck::verdict).containsExactly(Verdict.DIFFERENT, Verdict.OK);
		assertThat(report.minutes().get(0).problems()).containsExactly("no final window");
		assertThat(report.pending()).containsExactly(open.windowStart());
		assertThat(report.passed()).isFalse();
	}

	@Test
	void shouldFindFinalRecordsWithDifferentFiguresAndCompareTheLatest() {
		MinuteTruth truth = truth(0, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(window(truth, true))
			.window(window(truth, true, events("cart_action", 21).andThen(publishedLater(600))))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		MinuteCheck check = report.minutes().get(0);
		assertThat(check.verdict()).isEqualTo(Verdict.DIFFERENT);
		assertThat(check.problems()).containsExactly("2 final records with different figures",
				"cart_action 21 but 20 produced");
		assertThat(check.publishedAgain()).isFalse();
		assertThat(report.publishedAgain()).isZero();
	}

	@Test
	void shouldAcceptAWindowPublishedAgainWithTheSameFiguresAndCompareTheLatest() {
		MinuteTruth truth = truth(0, 0);
		// the first run dropped events of an earlier minute in this one: late says how a
		// run went, and is no figure of the minute
		ComputedWindow first = window(truth, true, lateDropped(12));
		ComputedWindow replayed = window(truth, true, publishedLater(600));
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(first)
			.window(window(truth, false, events("purchase", 1).andThen(publishedLater(570))))
			.window(replayed)
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		MinuteCheck check = report.minutes().get(0);
		assertThat(check.verdict()).isEqualTo(Verdict.OK);
		assertThat(check.problems()).isEmpty();
		assertThat(check.computed()).isSameAs(replayed);
		assertThat(check.publishedAgain()).isTrue();
		assertThat(report.publishedAgain()).isOne();
		assertThat(report.exact()).isTrue();
	}

	@Test
	void shouldCompareTheLatestFinalRecordWhateverTheOrderTheyAreReadIn() {
		MinuteTruth truth = truth(0, 0);
		ComputedWindow replayed = window(truth, true, publishedLater(600));
		FinalRecords records = FinalRecords.builder().truth(truth).window(replayed).window(window(truth, true)).build();

		assertThat(this.comparison.compare(records, 0).minutes().get(0).computed()).isSameAs(replayed);
	}

	@Test
	void shouldPrintHowManyWindowsWerePublishedAgain() {
		MinuteTruth first = truth(0, 0);
		MinuteTruth second = truth(1, 0);
		FinalRecords.Builder records = FinalRecords.builder()
			.truth(first)
			.truth(second)
			.window(window(first, true))
			.window(window(second, true))
			.window(window(first, true, publishedLater(600)));

		List<String> once = print(this.comparison.compare(records.build(), 0));
		records.window(window(second, true, publishedLater(600)));
		List<String> twice = print(this.comparison.compare(records.build(), 0));

		assertThat(once).containsSubsequence("2 minutes compared: 2 OK, 0 explained by late drops, 0 DIFFERENT.",
				"1 window published again with the same figures (a replay after a reset).",
				"Result: exactly once: no unexplained difference.");
		assertThat(twice).contains("2 windows published again with the same figures (a replay after a reset).");
	}

	@Test
	void shouldListFinalWindowsWithoutTruthApart() {
		MinuteTruth truth = truth(1, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.window(window(truth(0, 0), true))
			.window(window(truth, true))
			.window(window(truth(2, 0), true))
			.build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes()).extracting(MinuteCheck::minute).containsExactly(truth.windowStart());
		assertThat(report.computedOnly()).containsExactly(truth(2, 0).windowStart());
		assertThat(report.passed()).isTrue();
	}

	@Test
	void shouldCompareOnlyTheLastMinutesAskedFor() {
		MinuteTruth first = truth(0, 0);
		MinuteTruth second = truth(1, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(first)
			.truth(second)
			.window(window(first, true, events("purchase", 9)))
			.window(window(second, true))
			.build();

		ComparisonReport report = this.comparison.compare(records, 1);

		assertThat(report.minutes()).extracting(MinuteCheck::minute).containsExactly(second.windowStart());
		assertThat(report.passed()).isTrue();
	}

	@Test
	void shouldAddUpTheFinalTruthOfTwoGeneratorRunsInOneMinute() {
		MinuteTruth truth = truth(0, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(truth)
			.truth(truth)
			.window(window(TruthSum.plus(truth, truth), true))
			.build();

		assertThat(this.comparison.compare(records, 0).exact()).isTrue();
	}

	@Test
	void shouldPassNothingWhenNoMinuteCanBeComparedYet() {
		MinuteTruth truth = truth(0, 0);
		FinalRecords records = FinalRecords.builder().truth(truth).window(window(truth, false)).build();

		ComparisonReport report = this.comparison.compare(records, 0);

		assertThat(report.minutes()).isEmpty();
		assertThat(report.pending()).containsExactly(truth.windowStart());
		assertThat(report.passed()).isFalse();
	}

	@Test
	void shouldReadNoLateSectionAsNothingDropped() {
		assertThat(window(truth(0, 0), true).lateDropped()).isZero();
		assertThat(window(truth(0, 0), true, lateDropped(7)).lateDropped()).isEqualTo(7);
	}

	@Test
	void shouldPrintARowPerMinuteAndTheResult() {
		MinuteTruth first = truth(0, 2);
		MinuteTruth second = truth(1, 0);
		FinalRecords records = FinalRecords.builder()
			.truth(first)
			.truth(second)
			.window(window(first, true, events("purchase", 3).andThen((json) -> json.put("orders", 3))))
			.window(window(second, true, lateDropped(1)))
			.build();
		StringWriter text = new StringWriter();

		ReportTable.print(this.comparison.compare(records, 0), new PrintWriter(text));

		List<String> lines = text.toString().lines().toList();
		assertThat(lines.get(2)).startsWith("2026-12-02 10:00")
			.contains(" 164 ", " 163 ", "99.95", "explained by late drops");
		assertThat(lines.get(3)).startsWith("2026-12-02 10:01").endsWith("OK");
		assertThat(lines).contains("2 minutes compared: 1 OK, 1 explained by late drops, 0 DIFFERENT.",
				"Result: exactly once: no unexplained difference.");
		assertThat(lines).noneMatch((line) -> line.contains("published again"));
	}

	private static List<String> print(ComparisonReport report) {
		StringWriter text = new StringWriter();
		ReportTable.print(report, new PrintWriter(text));
		return text.toString().lines().toList();
	}

}
