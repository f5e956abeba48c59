package dev.kafkaplayground.benchmarks.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits a {@code text/event-stream} body, fed in chunks as they arrive, into events, as
 * the HTML standard's event-stream interpretation does for the fields used here:
 * {@code event} and {@code data} (lines ending in LF, CRLF or CR; one space after the
 * colon dropped; comments and other fields, such as {@code id}, ignored; a blank line
 * ends an event; an event without data is not dispatched). One parser per stream; not
 * thread-safe.
 */
public final class SseParser {

	private static final int INITIAL_LINE = 256;

	// a metrics event is a few kilobytes: give back a buffer that grew far beyond
	private static final int KEPT_LINE = 64 * 1024;

	private final Consumer<SseEvent> listener;

	private byte[] line = new byte[INITIAL_LINE];

	private int length;

	private boolean afterCarriageReturn;

	private String name;

	private StringBuilder data;

	public SseParser(Consumer<SseEvent> listener) {
		this.listener = listener;
	}

	public void feed(byte[] bytes, int offset, int count) {
		int end = offset + count;
		int i = offset;
		while (i < end) {
			if (this.afterCarriageReturn && bytes[i] == '\n') {
				i++;
			}
			this.afterCarriageReturn = false;
			int lineEnd = i;
			while (lineEnd < end && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
				lineEnd++;
			}
			append(bytes, i, lineEnd - i);
			if (lineEnd == end) {
				return;
			}
			this.afterCarriageReturn = (bytes[lineEnd] == '\r');
			endOfLine();
			i = lineEnd + 1;
		}
	}

	private void append(byte[] bytes, int offset, int count) {
		if (this.length + count > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, this.length + count));
		}
		System.arraycopy(bytes, offset, this.line, this.length, count);
		this.length += count;
	}

	private void endOfLine() {
		String text = new String(this.line, 0, this.length, StandardCharsets.UTF_8);
		this.length = 0;
		if (this.line.length > KEPT_LINE) {
			this.line = new byte[INITIAL_LINE];
		}
		if (text.isEmpty()) {
			dispatch();
			return;
		}
		int colon = text.indexOf(':');
		if (colon == 0) {
			return;
		}
		String field = (colon < 0) ? text : text.substring(0, colon);
		String value = (colon < 0) ? "" : text.substring(colon + 1);
		if (value.startsWith(" ")) {
			value = value.substring(1);
		}
		if (field.equals("event")) {
			this.name = value;
		}
		else if (field.equals("data")) {
			if (this.data == null) {
				this.data = new StringBuilder(value);
			}
			else {
				this.data.append('\n').append(value);
			}
		}
	}

	private void dispatch() {
		if (this.data != null) {
			this.listener
				.accept(new SseEvent((this.name != null) ? this.name : SseEvent.DEFAULT_NAME, this.data.toString()));
		}
		this.name = null;
		this.data = null;
	}

}
