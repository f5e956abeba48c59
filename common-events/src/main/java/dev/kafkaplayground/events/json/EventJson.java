package dev.kafkaplayground.events.json;

import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON mapper of the contract. Unknown fields are ignored; instants are written
 * as {@link EventTime} strings.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.addModule(new SimpleModule("event-time").addSerializer(Instant.class, new InstantWriter())
			.addDeserializer(Instant.class, new InstantReader()))
		.build();

	private EventJson() {
	}

	/** The shared, immutable mapper. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	private static final class InstantWriter extends ValueSerializer<Instant> {

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(EventTime.format(value));
		}

	}

	private static final class InstantReader extends ValueDeserializer<Instant> {

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			return EventTime.parse(parser.getString());
		}

	}

}
