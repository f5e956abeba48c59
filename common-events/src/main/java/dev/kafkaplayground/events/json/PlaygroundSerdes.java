package dev.kafkaplayground.events.json;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.events.status.ProcessorStatus;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * spring-kafka Jackson 3 serdes for the contract's types. Type information travels in the
 * JSON ({@code eventType}), never in headers, and type headers of incoming records are
 * ignored.
 */
public final class PlaygroundSerdes {

	private PlaygroundSerdes() {
	}

	public static JacksonJsonSerde<StoreEvent> storeEvents() {
		return jsonSerde(StoreEvent.class);
	}

	public static JacksonJsonSerde<WindowMetrics> windowMetrics() {
		return jsonSerde(WindowMetrics.class);
	}

	public static JacksonJsonSerde<MinuteTruth> minuteTruth() {
		return jsonSerde(MinuteTruth.class);
	}

	public static JacksonJsonSerde<ProcessorStatus> processorStatus() {
		return jsonSerde(ProcessorStatus.class);
	}

	public static JacksonJsonSerializer<StoreEvent> storeEventSerializer() {
		return storeEvents().serializer();
	}

	public static JacksonJsonDeserializer<WindowMetrics> windowMetricsDeserializer() {
		return windowMetrics().deserializer();
	}

	/** A serde for any of our JSON records, using the contract's mapper. */
	public static <T> JacksonJsonSerde<T> jsonSerde(Class<T> type) {
		return new JacksonJsonSerde<T>(type, EventJson.mapper()).noTypeInfo().ignoreTypeHeaders();
	}

}
