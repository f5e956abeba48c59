package dev.kafkaplayground.dashboard.stream;

import java.util.OptionalLong;

import reactor.core.publisher.Flux;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

	static final String LAST_EVENT_ID = "Last-Event-ID";

	private final DashboardStream stream;

	private final MetricsFeed feed;

	StreamController(DashboardStream stream, MetricsFeed feed) {
		this.stream = stream;
		this.feed = feed;
	}

	/**
	 * The stream; {@code Last-Event-ID}, which browsers send when they reconnect, is the
	 * id of the last window or minute the browser had.
	 */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<Flux<SseFrame>> stream(@RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
		OptionalLong id = (lastEventId == null || lastEventId.isBlank()) ? OptionalLong.empty() : parse(lastEventId);
		// SseFrameWriter writes the frames: each event was encoded once, and every
		// browser gets those same bytes.
		return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(this.stream.events(id));
	}

	private static OptionalLong parse(String lastEventId) {
		try {
			return OptionalLong.of(Long.parseLong(lastEventId.strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidLastEventId(lastEventId);
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidLastEventId(InvalidLastEventId ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "header '" + LAST_EVENT_ID
				+ "' must be the id of an event of this stream (a whole number) but was '" + ex.value + "'");
		problem.setTitle("Invalid request");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A {@code Last-Event-ID} that is not a number. */
	private static final class InvalidLastEventId extends RuntimeException {

		private final String value;

		InvalidLastEventId(String value) {
			super("invalid " + LAST_EVENT_ID + " '" + value + "'", null, false, false);
			this.value = value;
		}

	}

	@GetMapping(path = "/windows", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> windows() {
		return ContractJson.ok(this.feed.snapshot());
	}

}
