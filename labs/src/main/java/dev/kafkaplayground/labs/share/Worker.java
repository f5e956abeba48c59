package dev.kafkaplayground.labs.share;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.kafkaplayground.labs.Stop;
import dev.kafkaplayground.labs.group.Limits;

/**
 * One worker of a share group. The broker hands each record of the topic to one worker at
 * a time, locked for it (acquired) until the worker acknowledges it: ACCEPT when the
 * order is fulfilled, RELEASE after a failure so that the broker delivers it again, to
 * this or another worker, with a delivery count one higher, REJECT when
 * {@link FulfilmentRules} gives up on it, so that it is never delivered again. The worker
 * acknowledges every delivery, commits the acknowledgements after each poll and prints
 * one line per delivery until its limits are reached or {@link #stop()} is called;
 * closing the consumer leaves the group. The records held by a worker that dies without
 * closing (kill -9) are locked until their acquisition lock times out (the broker's
 * {@code group.share.record.lock.duration.ms}, 30 s by default); then they are delivered
 * again, to the workers still running.
 */
public final class Worker implements Runnable {

	private static final Duration POLL = Duration.ofMillis(200);

	private final WorkerSettings settings;

	private final FulfilmentRules rules;

	private final PrintWriter out;

	private final Limits limits;

	private final Stop stop = new Stop();

	public Worker(WorkerSettings settings, FulfilmentRules rules, PrintWriter out, Limits limits) {
		this.settings = settings;
		this.rules = rules;
		this.out = out;
		this.limits = limits;
	}

	@Override
	public void run() {
		Fulfilment fulfilment = new Fulfilment(this.settings.worker(), this.rules, this.out);
		try {
			ExistingTopic.require(this.settings.bootstrapServers(), this.settings.topic());
			try (KafkaShareConsumer<String, byte[]> consumer = new KafkaShareConsumer<>(this.settings.consumerConfig(),
					new StringDeserializer(), new ByteArrayDeserializer())) {
				consumer.subscribe(List.of(this.settings.topic()));
				Instant nextReport = nextReport();
				while (!this.stop.asked() && !this.limits.reached(fulfilment.acknowledged().total())) {
					fulfilment.fulfil(consumer, consumer.poll(POLL));
					if (!Instant.now().isBefore(nextReport)) {
						this.out.println(this.settings.worker() + " so far: " + fulfilment.acknowledged().summary());
						nextReport = nextReport();
					}
				}
			}
			this.out.println(this.settings.worker() + " left share group " + this.settings.group() + ": "
					+ fulfilment.acknowledged().summary());
		}
		finally {
			this.stop.done();
		}
	}

	/** Asks the worker to leave its group, and waits until it has (at most 30 s). */
	public void stop() {
		this.stop.askAndWait();
	}

	private Instant nextReport() {
		return (this.settings.reportEvery() != null) ? Instant.now().plus(this.settings.reportEvery()) : Instant.MAX;
	}

}
