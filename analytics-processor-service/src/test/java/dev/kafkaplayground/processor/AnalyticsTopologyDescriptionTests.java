package dev.kafkaplayground.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology's nodes, stores and internal topics, pinned in
 * {@code analytics-topology.txt}: a running playground's state, changelog and repartition
 * topics are found by these names, so renaming one, or adding an unnamed node that shifts
 * the generated names, would leave them behind on the next start.
 */
class AnalyticsTopologyDescriptionTests {

	@Test
	void shouldDescribeTheSameNodesStoresAndTopicsAsThePinnedTopology() throws IOException {
		StreamsBuilder builder = new StreamsBuilder();
		new AnalyticsTopology(TestProperties.defaults(), 6).build(builder);

		assertThat(builder.build().describe()).hasToString(pinned());
	}

	private static String pinned() throws IOException {
		try (InputStream in = AnalyticsTopologyDescriptionTests.class.getResourceAsStream("analytics-topology.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
