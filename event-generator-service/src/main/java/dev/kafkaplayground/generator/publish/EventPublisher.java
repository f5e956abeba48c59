package dev.kafkaplayground.generator.publish;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.generator.faults.PoisonRecord;
import dev.kafkaplayground.generator.shopper.Generated;
import dev.kafkaplayground.generator.truth.MinuteTally;
import dev.kafkaplayground.generator.truth.TruthLedger;

/**
 * Sends records to Kafka and reports every outcome to the ground truth and the meters. A
 * valid event goes to the topic of its type with the contract's key ({@code sessionId})
 * and timestamp ({@code occurredAt}). A failed send is counted and logged with its cause
 * (at most every few seconds, with the number of failures since), never silently lost.
 */
@Component
public class EventPublisher {

	private static final Logger logger = LoggerFactory.getLogger(EventPublisher.class);

	private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final Producer<String, byte[]> producer;

	private final TruthLedger ledger;

	private final Counter[] acknowledged = new Counter[EventType.values().length];

	private final Counter[] failed = new Counter[EventType.values().length];

	private final Counter duplicates;

	private final Counter poisonPills;

	private final Counter faultRecordsFailed;

	private final AtomicLong failuresSinceLog = new AtomicLong();

	private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	EventPublisher(ProducerFactory<String, byte[]> producers, TruthLedger ledger, MeterRegistry registry) {
		this.producer = producers.createProducer();
		this.ledger = ledger;
		for (EventType type : EventType.values()) {
			this.acknowledged[type.ordinal()] = Counter.builder("playground.generator.events.acknowledged")
				.description("Valid events the broker acknowledged (acks=all)")
				.tag("eventType", type.wireName())
				.register(registry);
			this.failed[type.ordinal()] = Counter.builder("playground.generator.events.failed")
				.description("Valid events whose send failed after the producer's retries")
				.tag("eventType", type.wireName())
				.register(registry);
		}
		this.duplicates = faultsAcknowledged("duplicate", registry);
		this.poisonPills = faultsAcknowledged("poison", registry);
		this.faultRecordsFailed = Counter.builder("playground.generator.faults.failed")
			.description("Duplicates and poison pills whose send failed")
			.register(registry);
	}

	private static Counter faultsAcknowledged(String fault, MeterRegistry registry) {
		return Counter.builder("playground.generator.faults.acknowledged")
			.description("Records the fault knobs added (duplicates, poison pills) that the broker acknowledged")
			.tag("fault", fault)
			.register(registry);
	}

	/**
	 * Sends a valid event the ledger has counted in {@code tally}; on failure the ledger
	 * takes it out again.
	 */
	void send(Generated generated, byte[] json, MinuteTally tally, boolean late) {
		StoreEvent event = generated.event();
		int type = event.eventType().ordinal();
		this.producer.send(record(event, json), (metadata, failure) -> {
			if (failure == null) {
				this.ledger.acknowledged(tally);
				this.acknowledged[type].increment();
			}
			else {
				this.ledger.eventFailed(tally, generated, late);
				this.failed[type].increment();
				failedToSend(event.eventType().wireName() + " " + event.eventId(), failure);
			}
		});
	}

	/** Sends the same bytes again: a duplicate a consumer must recognise by its id. */
	void sendDuplicate(StoreEvent event, byte[] json) {
		MinuteTally tally = this.ledger.duplicate(TruthLedger.minuteOf(event.occurredAt()));
		this.producer.send(record(event, json), (metadata, failure) -> {
			if (failure == null) {
				this.ledger.acknowledged(tally);
				this.duplicates.increment();
			}
			else {
				this.ledger.duplicateFailed(tally);
				this.faultRecordsFailed.increment();
				failedToSend("duplicate of " + event.eventId(), failure);
			}
		});
	}

	/** Sends an invalid record, stamped with the time it is sent. */
	void sendPoison(PoisonRecord poison, long nowMillis) {
		MinuteTally tally = this.ledger.poisonPill(TruthLedger.minuteOf(nowMillis));
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(poison.topic(), null, nowMillis, poison.key(),
				poison.value());
		this.producer.send(record, (metadata, failure) -> {
			if (failure == null) {
				this.ledger.acknowledged(tally);
				this.poisonPills.increment();
			}
			else {
				this.ledger.poisonPillFailed(tally);
				this.faultRecordsFailed.increment();
				failedToSend("poison pill", failure);
			}
		});
	}

	/** Valid events the broker acknowledged, of one type. */
	public long acknowledged(EventType type) {
		return (long) this.acknowledged[type.ordinal()].count();
	}

	/** Records the broker refused or that could not be sent, of every kind. */
	public long sendErrors() {
		long errors = (long) this.faultRecordsFailed.count();
		for (Counter counter : this.failed) {
			errors += (long) counter.count();
		}
		return errors;
	}

	/** Waits until every record sent so far is acknowledged or failed. */
	void flush() {
		this.producer.flush();
	}

	private static ProducerRecord<String, byte[]> record(StoreEvent event, byte[] json) {
		return new ProducerRecord<>(event.eventType().topic(), null, event.occurredAt().toEpochMilli(),
				event.sessionId(), json);
	}

	private void failedToSend(String what, Exception failure) {
		long failures = this.failuresSinceLog.incrementAndGet();
		long now = System.nanoTime();
		long last = this.lastLog.get();
		if (now - last >= LOG_EVERY_NANOS && this.lastLog.compareAndSet(last, now)) {
			this.failuresSinceLog.addAndGet(-failures);
			logger.warn("Could not publish {} ({} records failed since the last report)", what, failures, failure);
		}
	}

}
