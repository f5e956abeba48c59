package dev.kafkaplayground.endtoend;

import dev.kafkaplayground.testsupport.TestKafka;
import dev.kafkaplayground.testsupport.TestKafkaBroker;

/**
 * The pipeline scenarios on spring-kafka-test's embedded KRaft broker: runs everywhere,
 * CI included.
 */
class EmbeddedKraftPipelineTests extends PipelineScenarios {

	@Override
	TestKafkaBroker broker() {
		return TestKafka.embedded();
	}

}
