package dev.kafkaplayground.endtoend;

import org.junit.jupiter.api.extension.ExtendWith;

import dev.kafkaplayground.testsupport.ContainerBrokerCondition;
import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

/**
 * The same pipeline scenarios on Apache Kafka's {@code apache/kafka} image. Skipped where
 * no Docker engine is available, unless {@code -Dplayground.test-broker=testcontainers}
 * makes that a failure.
 */
@ExtendWith(ContainerBrokerCondition.class)
class TestcontainersPipelineTests extends PipelineScenarios {

	@Override
	TestKafkaBroker broker() {
		return TestKafka.container();
	}

}
