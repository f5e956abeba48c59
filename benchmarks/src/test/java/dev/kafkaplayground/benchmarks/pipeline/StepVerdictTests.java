package dev.kafkaplayground.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.benchmarks.pipeline.StepVerdict.Outcome;
import dev.kafkaplayground.benchmarks.pipeline.StepVerdict.Sample;
import dev.kafkaplayground.benchmarks.pipeline.StepVerdict.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StepVerdictTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void shouldSustainAStepWhoseLagStaysFlat() {
		Step step = StepVerdict.judge(10_000, samples(30, 10_000, 10_000, 2_000));

		assertThat(step.outcome()).isEqualTo(Outcome.SUSTAINED);
		assertThat(step.sent()).isEqualTo(10_000);
		assertThat(step.processed()).isEqualTo(10_000);
		assertThat(step.lagAtStart()).isEqualTo(2_000);
		assertThat(step.lagAtEnd()).isEqualTo(2_000);
	}

	@Test
	void shouldNotSustainAStepWhoseLagGrowsByMoreThanOneSecondOfInput() {
		// 40 events/s behind for 30 s: 1 200 events, more than one second of 1 000
		Step step = StepVerdict.judge(1_000, samples(31, 1_000, 960, 0));

		assertThat(step.outcome()).isEqualTo(Outcome.LAG_GROWING);
		assertThat(step.processed()).isEqualTo(960);
	}

	@Test
	void shouldSustainAStepWhoseLagGrowsByLessThanOneSecondOfInput() {
		// 20 events/s behind for 30 s: 600 events, under one second of 1 000
		assertThat(StepVerdict.judge(1_000, samples(31, 1_000, 980, 0)).outcome()).isEqualTo(Outcome.SUSTAINED);
	}

	@Test
	void shouldNotSustainAStepThatEndsMoreThanFiveSecondsBehind() {
		Step step = StepVerdict.judge(1_000, samples(31, 1_000, 1_000, 6_000));

		assertThat(step.outcome()).isEqualTo(Outcome.LAG_TOO_HIGH);
	}

	@Test
	void shouldSaySoWhenTheGeneratorDidNotReachTheRate() {
		Step step = StepVerdict.judge(50_000, samples(31, 40_000, 40_000, 0));

		assertThat(step.outcome()).isEqualTo(Outcome.GENERATOR_BELOW_RATE);
		assertThat(step.sustained()).isFalse();
	}

	@Test
	void shouldSmoothTheLagOverTheFirstAndLastSamples() {
		List<Sample> samples = new ArrayList<>(samples(30, 1_000, 1_000, 500));
		// one spike at the very end (a commit not yet made) is averaged with four flat
		// ones
		Sample last = samples.remove(samples.size() - 1);
		samples.add(new Sample(last.atNanos(), last.written(), last.committed() - 3_000));

		Step step = StepVerdict.judge(1_000, samples);

		assertThat(step.lagAtEnd()).isEqualTo(500 + 3_000 / 5);
		assertThat(step.outcome()).isEqualTo(Outcome.SUSTAINED);
	}

	@Test
	void shouldRefuseAStepOfFewerThanTwoSamples() {
		assertThatIllegalArgumentException().isThrownBy(() -> StepVerdict.judge(1_000, samples(1, 1_000, 1_000, 0)));
	}

	// one sample a second: written at `sent` events/s, committed at `processed`, starting
	// `lag` behind
	private static List<Sample> samples(int count, long sent, long processed, long lag) {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			samples.add(new Sample(i * SECOND, 1_000_000 + i * sent, 1_000_000 - lag + i * processed));
		}
		return samples;
	}

}
