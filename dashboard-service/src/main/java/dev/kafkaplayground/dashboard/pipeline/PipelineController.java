package dev.kafkaplayground.dashboard.pipeline;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.kafkaplayground.dashboard.web.ContractJson;

/** {@code GET /api/pipeline}: the {@link Pipeline} now. */
@RestController
class PipelineController {

	private final PipelineView pipeline;

	PipelineController(PipelineView pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping(path = "/api/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> pipeline() {
		return ContractJson.ok(this.pipeline.current());
	}

}
