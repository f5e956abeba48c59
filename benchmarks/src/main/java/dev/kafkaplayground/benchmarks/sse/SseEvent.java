package dev.kafkaplayground.benchmarks.sse;

/**
 * One server-sent event as the stream delivered it.
 *
 * @param name the {@code event:} field; {@code message} when the event had none (the
 * standard's default)
 * @param data the {@code data:} lines joined with line feeds; empty when there were none
 */
public record SseEvent(String name, String data) {

	static final String DEFAULT_NAME = "message";

}
