package dev.kafkaplayground.labs.share;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line printed for each delivery, and the counts printed at the end.
 */
class DeliveryLineTests {

	@Test
	void shouldNameTheWorkerTheAcknowledgementTheRecordTheOrderAndTheDelivery() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("store.purchases", 3, 1234, "session-1",
				bytes("{\"eventType\":\"PURCHASE\",\"orderId\":\"o-42\",\"totalCents\":1999}"));
		assertThat(DeliveryLine.of("worker-1", AcknowledgeType.RELEASE, record, 2))
			.isEqualTo("worker-1 RELEASE store.purchases-3@1234 order o-42 delivery 2");
		assertThat(DeliveryLine.of("worker-1", AcknowledgeType.ACCEPT, record, 1))
			.isEqualTo("worker-1 ACCEPT  store.purchases-3@1234 order o-42 delivery 1");
	}

	@Test
	void shouldNameAnOrderWithoutAnOrderIdByItsKey() {
		assertThat(DeliveryLine.order("session-1", bytes("not json"))).isEqualTo("key session-1");
		assertThat(DeliveryLine.order("session-1", bytes("[1, 2]"))).isEqualTo("key session-1");
		assertThat(DeliveryLine.order("session-1", bytes("{\"orderId\": 42}"))).isEqualTo("key session-1");
		assertThat(DeliveryLine.order("session-1", bytes(""))).isEqualTo("key session-1");
		assertThat(DeliveryLine.order(null, null)).isEqualTo("key null");
	}

	@Test
	void shouldCountTheDeliveriesByAcknowledgement() {
		Acknowledged acknowledged = new Acknowledged();
		assertThat(acknowledged.summary()).isEqualTo("0 accepted, 0 released, 0 rejected");
		acknowledged.add(AcknowledgeType.ACCEPT);
		acknowledged.add(AcknowledgeType.ACCEPT);
		acknowledged.add(AcknowledgeType.RELEASE);
		acknowledged.add(AcknowledgeType.REJECT);
		assertThat(acknowledged.summary()).isEqualTo("2 accepted, 1 released, 1 rejected");
		assertThat(acknowledged.total()).isEqualTo(4);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
