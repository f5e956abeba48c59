package dev.kafkaplayground.dashboard.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dev.kafkaplayground.events.json.EventJson;

/**
 * JSON responses written with the contract's mapper, not the web layer's encoder, so that
 * a record reads the same in {@code /api/...}, in the event stream and on its topic.
 */
public final class ContractJson {

	private ContractJson() {
	}

	/** {@code 200 OK} with {@code value} as JSON. */
	public static ResponseEntity<byte[]> ok(Object value) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(EventJson.mapper().writeValueAsBytes(value));
	}

}
