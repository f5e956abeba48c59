package dev.kafkaplayground.labs.keyed;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.kafkaplayground.labs.CommonOptions;
import dev.kafkaplayground.labs.LabTopic;

/**
 * {@code keyed-producer}: sends records with a few session-like keys to a topic of its
 * own and prints, for each, the partition and offset the broker acknowledged. Teaches
 * that the default partitioner hashes the key, so one key always lands on one partition
 * (the playground keys every store event by {@code sessionId} so that a session's events
 * stay in order), and what {@code acks} and idempotence change about the acknowledgement.
 */
@Command(name = "keyed-producer", sortOptions = false, descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		header = "Sends keyed records and prints the partition each lands on.",
		description = { "Sends N records with the given keys, in turn, to a lab topic (created with 6 partitions "
				+ "if missing) and prints key, partition and offset of each: the same key always lands on the "
				+ "same partition." })
public final class KeyedProducer implements Callable<Integer> {

	/** As many as the playground's store topics. */
	static final int PARTITIONS = 6;

	@Spec
	private CommandSpec spec;

	@Mixin
	private CommonOptions options;

	@Option(names = "--topic", paramLabel = "TOPIC", defaultValue = "lab.keyed",
			description = "the lab topic (default ${DEFAULT-VALUE})")
	private String topic;

	@Option(names = "--count", paramLabel = "N", defaultValue = "10",
			description = "how many records (default ${DEFAULT-VALUE})")
	private int count;

	@Option(names = "--keys", paramLabel = "KEY,...", split = ",", defaultValue = "session-a,session-b,session-c",
			description = "the keys, used in turn (default ${DEFAULT-VALUE})")
	private List<String> keys;

	@Option(names = "--acks", paramLabel = "all|1|0", defaultValue = "all",
			description = "replicas that must have a record before the send counts (default ${DEFAULT-VALUE})")
	private String acks;

	@Option(names = "--idempotence", paramLabel = "true|false", arity = "1",
			description = "idempotent producer, whose retries never duplicate (default: on with --acks all)")
	private Boolean idempotence;

	@Override
	public Integer call() throws Exception {
		SendSettings settings = settings();
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(LabTopic.ensure(settings.bootstrapServers(), settings.topic(), PARTITIONS));
		Landings landings = new Landings();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producerConfig(),
				new StringSerializer(), new StringSerializer())) {
			for (int i = 0; i < settings.count(); i++) {
				String key = settings.key(i);
				RecordMetadata sent = producer
					.send(new ProducerRecord<>(settings.topic(), key, "record " + (i + 1) + " of " + settings.count()))
					.get(30, TimeUnit.SECONDS);
				out.println(landings.add(key, sent));
			}
		}
		out.println(landings.summary(settings));
		return 0;
	}

	private SendSettings settings() {
		try {
			return new SendSettings(this.options.bootstrapServer(), this.topic, this.count, this.keys, this.acks,
					this.idempotence);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

}
