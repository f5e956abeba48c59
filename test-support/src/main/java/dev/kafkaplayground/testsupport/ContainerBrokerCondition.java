package dev.kafkaplayground.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a Testcontainers-only test class
 * ({@code @ExtendWith(ContainerBrokerCondition.class)}) as {@link TestBrokerMode} says:
 * skipped without Docker in {@code auto} mode and always in {@code embedded} mode; never
 * skipped in {@code testcontainers} mode, where {@link TestKafka#container()} then fails
 * with the cause.
 */
public final class ContainerBrokerCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return BrokerChoice.whyContainerTestsSkip(TestBrokerMode.current(), DockerStatus::ofThisMachine)
			.map(ConditionEvaluationResult::disabled)
			.orElseGet(() -> ConditionEvaluationResult.enabled("a Testcontainers broker is allowed"));
	}

}
