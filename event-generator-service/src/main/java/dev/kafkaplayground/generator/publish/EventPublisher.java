package dev.kafkaplayground.generator.publish;

import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.StoreEvent;

/**
 * Sends one event to the topic of its type with the contract's key ({@code sessionId})
 * and record timestamp ({@code occurredAt}), and counts what the broker acknowledged or
 * refused.
 */
@Component
class EventPublisher {

	private static final Logger logger = LoggerFactory.getLogger(EventPublisher.class);

	private final KafkaTemplate<String, StoreEvent> template;

	private final MeterRegistry registry;

	EventPublisher(KafkaTemplate<String, StoreEvent> template, MeterRegistry registry) {
		this.template = template;
		this.registry = registry;
		for (EventType type : EventType.values()) {
			acknowledged(type);
			failed(type);
		}
	}

	CompletableFuture<SendResult<String, StoreEvent>> publish(StoreEvent event) {
		EventType type = event.eventType();
		ProducerRecord<String, StoreEvent> record = new ProducerRecord<>(type.topic(), null,
				event.occurredAt().toEpochMilli(), event.sessionId(), event);
		return this.template.send(record).whenComplete((result, failure) -> {
			if (failure == null) {
				acknowledged(type).increment();
			}
			else {
				failed(type).increment();
				logger.warn("Could not publish {} {}", type.wireName(), event.eventId(), failure);
			}
		});
	}

	/** Waits until every record sent so far is acknowledged or failed. */
	void flush() {
		this.template.flush();
	}

	private Counter acknowledged(EventType type) {
		return this.registry.counter("playground.generator.events.acknowledged", "eventType", type.wireName());
	}

	private Counter failed(EventType type) {
		return this.registry.counter("playground.generator.events.failed", "eventType", type.wireName());
	}

}
