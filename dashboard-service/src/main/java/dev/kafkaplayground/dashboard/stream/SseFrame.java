package dev.kafkaplayground.dashboard.stream;

import java.nio.charset.StandardCharsets;

/**
 * A server-sent event, encoded once as it goes on the wire ({@code text/event-stream},
 * UTF-8), so that the same bytes go to every browser that gets it: encoding costs one
 * pass per event, not one per event and browser.
 *
 * @param event the event's name
 * @param id its id, or null for an event a reconnecting browser need not say it had
 * @param data its data, JSON on one line
 * @param bytes the whole event as sent: {@code id:}, {@code event:} and {@code data:}
 * lines and the blank line that ends it
 */
record SseFrame(String event, String id, String data, byte[] bytes) {

	static SseFrame of(String event, String id, String data) {
		StringBuilder frame = new StringBuilder(data.length() + 64);
		if (id != null) {
			frame.append("id:").append(id).append('\n');
		}
		frame.append("event:").append(event).append('\n');
		// a line break in the data would end the field: each line is a data field of its
		// own, and the browser joins them with line breaks again
		for (String line : data.split("\r\n|\r|\n", -1)) {
			frame.append("data:").append(line).append('\n');
		}
		frame.append('\n');
		return new SseFrame(event, id, data, frame.toString().getBytes(StandardCharsets.UTF_8));
	}

}
