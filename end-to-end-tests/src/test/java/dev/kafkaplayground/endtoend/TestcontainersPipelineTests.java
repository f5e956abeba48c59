package dev.kafkaplayground.endtoend;

import org.testcontainers.junit.jupiter.Testcontainers;

import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

/**
 * The same pipeline scenarios on Apache Kafka's {@code apache/kafka} image. Skipped where
 * no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPipelineTests extends PipelineScenarios {

	@Override
	TestKafkaBroker broker() {
		return TestKafka.container();
	}

}
