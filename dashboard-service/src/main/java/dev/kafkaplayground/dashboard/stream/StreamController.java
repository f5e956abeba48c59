package dev.kafkaplayground.dashboard.stream;

import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.kafkaplayground.dashboard.metrics.MetricsFeed;
import dev.kafkaplayground.dashboard.web.ContractJson;

/**
 * {@code GET /api/stream}: server-sent events for the page. {@code GET /api/windows}: the
 * windows held, oldest first, for scripts and tests.
 */
@RestController
@RequestMapping("/api")
class StreamController {

	private final DashboardStream stream;

	private final MetricsFeed feed;

	StreamController(DashboardStream stream, MetricsFeed feed) {
		this.stream = stream;
		this.feed = feed;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> stream() {
		return this.stream.events();
	}

	@GetMapping(path = "/windows", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> windows() {
		return ContractJson.ok(this.feed.snapshot());
	}

}
