package dev.kafkaplayground.processor.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher's schedule and its last word, with Kafka's in-memory producer; the
 * integration test shows the same on a real broker.
 */
class StatusPublisherTests {

	private static final InstanceIdentity IDENTITY = new InstanceIdentity("processor-1", "host-a", 8082);

	private final FakeStreams streams = new FakeStreams();

	private final MockProducer<String, ProcessorStatus> producer = new MockProducer<>(true, null,
			new StringSerializer(), PlaygroundSerdes.processorStatus().serializer());

	private final StatusPublisher publisher = new StatusPublisher(
			() -> IDENTITY, new StatusAssembler(this.streams,
					new RebalanceTracker(this.streams::assignment, Clock.systemUTC()), Clock.systemUTC()),
			(identity) -> this.producer, Duration.ofMillis(20), () -> 0);

	@Test
	void shouldPublishEveryIntervalKeyedByInstanceId() {
		this.streams.state = "RUNNING";
		this.publisher.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> this.producer.history().size() >= 3);
		}
		finally {
			this.publisher.stop();
		}
		assertThat(this.producer.history()).allSatisfy((record) -> {
			assertThat(record.topic()).isEqualTo(Topics.PROCESSOR_STATUS);
			assertThat(record.key()).isEqualTo("processor-1");
		});
		assertThat(this.producer.history().get(0).value().state()).isEqualTo("RUNNING");
	}

	@Test
	void shouldEndWithATombstoneAndCloseTheProducer() {
		this.publisher.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.producer.history().isEmpty());
		this.publisher.stop();

		List<ProducerRecord<String, ProcessorStatus>> sent = this.producer.history();
		assertThat(sent.get(sent.size() - 1).value()).as("tombstone").isNull();
		assertThat(sent.subList(0, sent.size() - 1)).allSatisfy((record) -> assertThat(record.value()).isNotNull());
		assertThat(this.producer.closed()).isTrue();
		assertThat(this.publisher.isRunning()).isFalse();
	}

}
