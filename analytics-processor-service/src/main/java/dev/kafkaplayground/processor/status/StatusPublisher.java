package dev.kafkaplayground.processor.status;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Publishes the instance's status every interval, and a tombstone when the application
 * stops. It starts just before Kafka Streams and stops just after it (the phase below the
 * factory bean's), so its first record comes at once and its last one, after the client
 * has left the group, is the tombstone. Records and the tombstone are sent from one
 * thread, so none can overtake the tombstone.
 *
 * <p>
 * The records go through a plain producer, outside the Streams transactions: a status is
 * an observation of the moment, not a result, and must keep coming when transactions
 * abort or the processing stalls.
 */
final class StatusPublisher implements SmartLifecycle {

	private static final Duration TOMBSTONE_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(StatusPublisher.class);

	private final Supplier<InstanceIdentity> identity;

	private final StatusAssembler assembler;

	private final Function<InstanceIdentity, Producer<String, ProcessorStatus>> producers;

	private final Duration interval;

	private final IntSupplier phase;

	private final AtomicBoolean failing = new AtomicBoolean();

	private volatile boolean running;

	private InstanceIdentity self;

	private Producer<String, ProcessorStatus> producer;

	private ScheduledExecutorService executor;

	private ScheduledFuture<?> schedule;

	StatusPublisher(Supplier<InstanceIdentity> identity, StatusAssembler assembler,
			Function<InstanceIdentity, Producer<String, ProcessorStatus>> producers, Duration interval,
			IntSupplier phase) {
		this.identity = identity;
		this.assembler = assembler;
		this.producers = producers;
		this.interval = interval;
		this.phase = phase;
	}

	@Override
	public void start() {
		this.self = this.identity.get();
		this.producer = this.producers.apply(this.self);
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "processor-status"));
		this.schedule = this.executor.scheduleWithFixedDelay(this::publish, 0, this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.running = true;
		logger.info("Publishing the status of instance {} to {} every {}", this.self.instanceId(),
				Topics.PROCESSOR_STATUS, this.interval);
	}

	@Override
	public void stop() {
		this.running = false;
		this.schedule.cancel(false);
		try {
			this.executor.submit(() -> send(null))
				.get(TOMBSTONE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.get(TOMBSTONE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			logger.info("Sent the tombstone of instance {} to {}", this.self.instanceId(), Topics.PROCESSOR_STATUS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("Could not send the tombstone of instance {}", this.self.instanceId(), ex);
		}
		finally {
			this.executor.shutdownNow();
			// waits for records in flight, the tombstone among them
			this.producer.close(TOMBSTONE_TIMEOUT);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase.getAsInt();
	}

	private void publish() {
		try {
			send(this.assembler.assemble(this.self));
		}
		catch (RuntimeException ex) {
			// an exception would end the schedule: report it and try again next time
			logger.warn("Could not assemble the status of instance {}", this.self.instanceId(), ex);
		}
	}

	private Future<RecordMetadata> send(ProcessorStatus status) {
		return this.producer.send(new ProducerRecord<>(Topics.PROCESSOR_STATUS, this.self.instanceId(), status),
				this::sent);
	}

	// one warning when publishing starts failing, one note when it works again
	private void sent(RecordMetadata metadata, Exception exception) {
		if (exception == null) {
			if (this.failing.compareAndSet(true, false)) {
				logger.info("Publishing the status to {} works again", Topics.PROCESSOR_STATUS);
			}
		}
		else if (this.failing.compareAndSet(false, true)) {
			logger.warn("Could not publish the status to {}; retrying every {}", Topics.PROCESSOR_STATUS, this.interval,
					exception);
		}
	}

}
