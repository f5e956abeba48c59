package dev.kafkaplayground.labs.revenue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.topics.Topics;

import static dev.kafkaplayground.labs.revenue.TestPurchases.purchase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revenue topology on exact instants: windows are minutes of {@code occurredAt}, end
 * exclusive; a minute is written once, when stream time reaches its end plus 30 s grace;
 * a purchase later than that is dropped; records the contract rejects are skipped.
 */
class RevenueTopologyTests {

	private static final Instant MINUTE = Instant.parse("2026-11-24T15:41:00Z");

	@TempDir
	Path stateDir;

	private final List<RevenueWindow> printed = new ArrayList<>();

	private TopologyTestDriver driver;

	private TestInputTopic<String, byte[]> purchases;

	private TestOutputTopic<String, RevenueWindow> revenue;

	@BeforeEach
	void buildTopology() {
		StreamsBuilder builder = new StreamsBuilder();
		RevenueTopology.build(builder, AutoOffsetReset.earliest(), this.printed::add);
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, RevenueTopology.APPLICATION_ID);
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.STATE_DIR_CONFIG, this.stateDir.toString());
		this.driver = new TopologyTestDriver(builder.build(), config);
		this.purchases = this.driver.createInputTopic(Topics.PURCHASES, new StringSerializer(),
				new ByteArraySerializer());
		this.revenue = this.driver.createOutputTopic(RevenueTopology.OUTPUT_TOPIC, new StringDeserializer(),
				RevenueWindow.serde().deserializer());
	}

	@AfterEach
	void closeDriver() {
		this.driver.close();
	}

	@Test
	void shouldWriteAMinuteOnlyOnceItsGraceHasPassed() {
		send("15:41:00.000", 1000);
		send("15:41:59.999", 500);
		send("15:42:00.000", 700);
		send("15:42:29.999", 1);
		assertThat(this.revenue.isEmpty()).isTrue();
		assertThat(this.driver.<String, MinuteRevenue>getWindowStore(RevenueTopology.STORE)
			.fetch("all", MINUTE.toEpochMilli())).isEqualTo(new MinuteRevenue(2, 1500));

		send("15:42:30.000", 2);
		assertThat(this.revenue.readKeyValuesToList()).containsExactly(
				KeyValue.pair("2026-11-24T15:41:00.000Z", new RevenueWindow(MINUTE, MINUTE.plusSeconds(60), 2, 1500)));
		assertThat(this.printed).containsExactly(new RevenueWindow(MINUTE, MINUTE.plusSeconds(60), 2, 1500));
	}

	@Test
	void shouldDropAPurchaseLaterThanGrace() {
		send("15:41:10.000", 1000);
		send("15:42:29.999", 10);
		send("15:41:50.000", 300);
		send("15:42:30.000", 20);
		send("15:41:59.000", 5000);
		send("15:43:30.000", 0);
		assertThat(this.revenue.readValuesToList()).containsExactly(
				new RevenueWindow(MINUTE, MINUTE.plusSeconds(60), 2, 1300),
				new RevenueWindow(MINUTE.plusSeconds(60), MINUTE.plusSeconds(120), 2, 30));
	}

	@Test
	void shouldUseTheEventTimeNotTheRecordTimestampAndSkipRejectedRecords() {
		Purchase purchase = purchase(at("15:41:30.000"), 1000);
		this.purchases.pipeInput(purchase.sessionId(), EventJson.mapper().writeValueAsBytes(purchase),
				at("15:50:00.000"));
		this.purchases.pipeInput("another-session",
				EventJson.mapper().writeValueAsBytes(purchase(at("15:41:31.000"), 9)), at("15:41:31.000"));
		this.purchases.pipeInput(TestPurchases.SESSION, "not json".getBytes(StandardCharsets.UTF_8),
				at("15:41:32.000"));
		send("15:42:30.000", 1);
		assertThat(this.revenue.readValuesToList())
			.containsExactly(new RevenueWindow(MINUTE, MINUTE.plusSeconds(60), 1, 1000));
	}

	private void send(String time, int totalCents) {
		Purchase purchase = purchase(at(time), totalCents);
		this.purchases.pipeInput(purchase.sessionId(), EventJson.mapper().writeValueAsBytes(purchase), at(time));
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-24T" + time + "Z");
	}

}
