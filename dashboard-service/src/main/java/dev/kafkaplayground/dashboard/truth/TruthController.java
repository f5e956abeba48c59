package dev.kafkaplayground.dashboard.truth;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.kafkaplayground.dashboard.web.ContractJson;

/**
 * {@code GET /api/truth}: the minutes of ground truth held, oldest first, as on
 * {@code generator.truth}.
 */
@RestController
class TruthController {

	private final TruthFeed feed;

	TruthController(TruthFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = "/api/truth", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> truth() {
		return ContractJson.ok(this.feed.snapshot());
	}

}
