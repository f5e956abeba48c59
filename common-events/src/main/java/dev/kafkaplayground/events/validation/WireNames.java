package dev.kafkaplayground.events.validation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kafkaplayground.events.json.EventJson;

/**
 * The names the constants of one enum of the contract carry on the wire. They are asked
 * of the contract's mapper rather than written out again, so the parser maps a name to a
 * constant exactly as Jackson does and the enum's annotations stay the only list.
 *
 * @param <E> the enum
 */
final class WireNames<E extends Enum<E>> {

	private final Map<String, E> constants = new LinkedHashMap<>();

	private final Map<E, String> names;

	private final String choices;

	WireNames(Class<E> type) {
		this.names = new EnumMap<>(type);
		for (E constant : type.getEnumConstants()) {
			String name = EventJson.mapper().convertValue(constant, String.class);
			this.constants.put(name, constant);
			this.names.put(constant, name);
		}
		this.choices = this.constants.keySet()
			.stream()
			.map((name) -> '"' + name + '"')
			.collect(Collectors.joining(", "));
	}

	/** The constant of a wire name, or null if there is none. */
	E constant(String name) {
		return this.constants.get(name);
	}

	String name(E constant) {
		return this.names.get(constant);
	}

	/** Every wire name, quoted and in declaration order, for a reason. */
	String choices() {
		return this.choices;
	}

}
