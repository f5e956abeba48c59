package dev.kafkaplayground.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StartedBrokerTests {

	@Test
	void shouldReportTheCauseEachTimeABrokerThatDidNotStartIsAskedFor() {
		StartedBroker started = StartedBroker.attempt(() -> {
			throw new IllegalStateException("Container startup failed for image apache/kafka:4.2.1");
		}, (TestKafkaBroker broker) -> {
		});
		for (int i = 0; i < 2; i++) {
			assertThatIllegalStateException().isThrownBy(() -> started.get("The Testcontainers broker"))
				.withMessage("The Testcontainers broker did not start: java.lang.IllegalStateException:"
						+ " Container startup failed for image apache/kafka:4.2.1");
		}
	}

	@Test
	void shouldHandOutTheStartedBroker() {
		TestKafkaBroker broker = new TestKafkaBroker() {

			@Override
			public String bootstrapServers() {
				return "localhost:1";
			}

			@Override
			public String description() {
				return "fake broker";
			}

		};
		assertThat(StartedBroker.attempt(() -> broker, (TestKafkaBroker stopped) -> {
		}).get("The fake broker")).isSameAs(broker);
	}

}
