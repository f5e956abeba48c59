package dev.kafkaplayground.events.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.support.serializer.JacksonJsonSerde;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.json.PlaygroundSerdes;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessorStatusTests {

	private final JacksonJsonSerde<ProcessorStatus> serde = PlaygroundSerdes.processorStatus();

	@Test
	void shouldWriteTheContractFieldNamesInOrder() {
		JsonNode json = EventJson.mapper().readTree(this.serde.serializer().serialize("t", status()));
		assertThat(json.propertyNames()).containsExactly("instanceId", "state", "host", "port", "activeTasks",
				"standbyTasks", "partitions", "processed", "deadLettered", "lateDropped", "lastRebalance", "updatedAt");
		assertThat(json.get("lastRebalance").propertyNames()).containsExactly("at", "from", "to");
		assertThat(json.get("updatedAt").stringValue()).isEqualTo("2026-12-02T12:00:03.250Z");
		assertThat(json.get("lastRebalance").get("at").stringValue()).isEqualTo("2026-12-02T11:59:58.000Z");
		assertThat(json.get("partitions").get("store.purchases").toString()).isEqualTo("[1,4]");
		assertThat(json.get("activeTasks").toString()).isEqualTo("[\"0_1\",\"0_4\",\"1_0\"]");
	}

	@Test
	void shouldSortPartitionsByTopic() {
		JsonNode json = EventJson.mapper().readTree(this.serde.serializer().serialize("t", status()));
		assertThat(json.get("partitions").propertyNames()).containsExactly("store.game-views", "store.purchases");
	}

	@Test
	void shouldRoundTrip() {
		byte[] bytes = this.serde.serializer().serialize("t", status());
		assertThat(this.serde.deserializer().deserialize("t", bytes)).isEqualTo(status());
	}

	@Test
	void shouldWriteNullBeforeTheFirstRebalance() {
		ProcessorStatus starting = new ProcessorStatus("processor-1", "REBALANCING", "host-a", 8082, List.of(),
				List.of(), Map.of(), 0, 0, 0, null, Instant.parse("2026-12-02T12:00:00Z"));
		JsonNode json = EventJson.mapper().readTree(this.serde.serializer().serialize("t", starting));
		assertThat(json.get("lastRebalance").isNull()).isTrue();
		assertThat(json.get("partitions").isEmpty()).isTrue();
	}

	@Test
	void shouldWriteATombstoneAsNoBytes() {
		assertThat(this.serde.serializer().serialize("t", null)).isNull();
	}

	private static ProcessorStatus status() {
		Map<String, List<Integer>> partitions = Map.of("store.purchases", List.of(1, 4), "store.game-views",
				List.of(1, 4));
		Rebalance rebalance = new Rebalance(Instant.parse("2026-12-02T11:59:58Z"),
				Map.of("store.purchases", List.of(1, 2, 4)), partitions);
		return new ProcessorStatus("processor-2", "RUNNING", "host-a", 8083, List.of("0_1", "0_4", "1_0"),
				List.of("0_2"), partitions, 1200, 3, 1, rebalance, Instant.parse("2026-12-02T12:00:03.250Z"));
	}

}
