package dev.kafkaplayground.testsupport;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BrokerChoiceTests {

	private static final Supplier<DockerStatus> DOCKER = () -> DockerStatus.AVAILABLE;

	private static final Supplier<DockerStatus> NO_DOCKER = () -> DockerStatus
		.unavailable("Testcontainers cannot use Docker: Could not find a valid Docker environment");

	private static final Supplier<DockerStatus> NOT_ASKED = () -> {
		throw new AssertionError("Docker must not be probed");
	};

	@Test
	void shouldUseTheContainerInAutoModeOnlyWhereDockerAnswers() {
		assertThat(BrokerChoice.useContainer(TestBrokerMode.AUTO, DOCKER)).isTrue();
		assertThat(BrokerChoice.useContainer(TestBrokerMode.AUTO, NO_DOCKER)).isFalse();
		assertThat(BrokerChoice.whyContainerTestsSkip(TestBrokerMode.AUTO, DOCKER)).isEmpty();
		assertThat(BrokerChoice.whyContainerTestsSkip(TestBrokerMode.AUTO, NO_DOCKER))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("Could not find a valid Docker environment")
				.contains("-Dplayground.test-broker=testcontainers"));
	}

	@Test
	void shouldFailLoudlyInTestcontainersModeWithoutDocker() {
		assertThatIllegalStateException()
			.isThrownBy(() -> BrokerChoice.useContainer(TestBrokerMode.TESTCONTAINERS, NO_DOCKER))
			.withMessageStartingWith("-Dplayground.test-broker=testcontainers requires a Testcontainers broker, but"
					+ " Testcontainers cannot use Docker: Could not find a valid Docker environment.")
			.withMessageContaining("Could not find a valid Docker environment");
		assertThatIllegalStateException()
			.isThrownBy(() -> BrokerChoice.requireContainer(TestBrokerMode.TESTCONTAINERS, NO_DOCKER))
			.withMessageContaining("playground.test-broker");
	}

	@Test
	void shouldNeverSkipTheContainerTestsInTestcontainersMode() {
		assertThat(BrokerChoice.whyContainerTestsSkip(TestBrokerMode.TESTCONTAINERS, NO_DOCKER)).isEmpty();
		assertThat(BrokerChoice.useContainer(TestBrokerMode.TESTCONTAINERS, DOCKER)).isTrue();
	}

	@Test
	void shouldUseTheEmbeddedBrokerOnlyInEmbeddedMode() {
		assertThat(BrokerChoice.useContainer(TestBrokerMode.EMBEDDED, NOT_ASKED)).isFalse();
		assertThat(BrokerChoice.whyContainerTestsSkip(TestBrokerMode.EMBEDDED, NOT_ASKED))
			.hasValue("-Dplayground.test-broker=embedded: the embedded broker only");
		assertThatIllegalStateException()
			.isThrownBy(() -> BrokerChoice.requireContainer(TestBrokerMode.EMBEDDED, DOCKER))
			.withMessageContaining("-Dplayground.test-broker=embedded");
	}

	@Test
	void shouldReadTheModeFromThePropertyValue() {
		assertThat(TestBrokerMode.of(null)).isEqualTo(TestBrokerMode.AUTO);
		assertThat(TestBrokerMode.of("auto")).isEqualTo(TestBrokerMode.AUTO);
		assertThat(TestBrokerMode.of("Testcontainers")).isEqualTo(TestBrokerMode.TESTCONTAINERS);
		assertThat(TestBrokerMode.of(" embedded ")).isEqualTo(TestBrokerMode.EMBEDDED);
	}

	@Test
	void shouldNameThePropertyAndTheChoicesForABadValue() {
		for (String bad : new String[] { "docker", "", "true" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> TestBrokerMode.of(bad))
				.withMessage("System property playground.test-broker must be one of auto, testcontainers, embedded"
						+ " but was '" + bad + "'");
		}
	}

}
