package dev.kafkaplayground.dashboard.control;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import dev.kafkaplayground.dashboard.config.DashboardProperties;

/**
 * {@code /api/generator/**}: forwarded to the event generator's API as it is (method,
 * path, query, body and its content type), and its answer passed back unchanged (status,
 * content type and body, a generator's {@code 400} problem detail included). A generator
 * that cannot be reached or does not answer is a {@code 502} problem detail saying so.
 */
@RestController
class GeneratorProxy {

	static final String PREFIX = "/api/generator";

	/** The generator answers every control at once; longer means it is stuck. */
	static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

	private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

	private final String generatorUrl;

	private final Duration answerTimeout;

	private final WebClient client;

	@Autowired
	GeneratorProxy(DashboardProperties properties) {
		this(properties.generatorUrl(), ANSWER_TIMEOUT);
	}

	GeneratorProxy(String generatorUrl, Duration answerTimeout) {
		this.generatorUrl = generatorUrl.replaceAll("/$", "");
		this.answerTimeout = answerTimeout;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
			.responseTimeout(answerTimeout);
		this.client = WebClient.builder()
			.baseUrl(this.generatorUrl)
			.clientConnector(new ReactorClientHttpConnector(http))
			.build();
	}

	@RequestMapping(PREFIX + "/**")
	Mono<ResponseEntity<?>> forward(ServerHttpRequest request) {
		String path = request.getPath().pathWithinApplication().value();
		if (leavesThePrefix(request.getPath().pathWithinApplication())) {
			return Mono.just(problem(HttpStatus.BAD_REQUEST, "Invalid request",
					"field 'path' must not contain '.' or '..' segments but was " + path));
		}
		URI target = URI.create(this.generatorUrl + path
				+ ((request.getURI().getRawQuery() != null) ? "?" + request.getURI().getRawQuery() : ""));
		WebClient.RequestBodySpec forwarded = this.client.method(request.getMethod())
			.uri(target)
			.headers((headers) -> copy(request.getHeaders(), headers, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
		if (hasBody(request.getHeaders())) {
			forwarded.body(BodyInserters.fromDataBuffers(request.getBody()));
		}
		return forwarded.exchangeToMono((response) -> response.toEntity(byte[].class))
			.<ResponseEntity<?>>map(GeneratorProxy::unchanged)
			.onErrorResume(WebClientRequestException.class, (ex) -> Mono.just(unreachable(ex)));
	}

	// "/api/generator/../actuator" would leave the generator's API on the other side
	private static boolean leavesThePrefix(PathContainer path) {
		return path.elements()
			.stream()
			.filter(PathContainer.PathSegment.class::isInstance)
			.map((segment) -> ((PathContainer.PathSegment) segment).valueToMatch())
			.anyMatch((segment) -> segment.equals(".") || segment.equals(".."));
	}

	private static boolean hasBody(HttpHeaders headers) {
		return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	private static ResponseEntity<byte[]> unchanged(ResponseEntity<byte[]> answer) {
		ResponseEntity.BodyBuilder passed = ResponseEntity.status(answer.getStatusCode());
		if (answer.getHeaders().getContentType() != null) {
			passed.contentType(answer.getHeaders().getContentType());
		}
		return (answer.getBody() != null) ? passed.body(answer.getBody()) : passed.build();
	}

	private ResponseEntity<ProblemDetail> unreachable(WebClientRequestException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String why = (cause instanceof ReadTimeoutException || cause instanceof TimeoutException)
				? "did not answer within " + this.answerTimeout.toMillis() + " ms" : "cannot be reached ("
						+ ((cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName()) + ")";
		return problem(HttpStatus.BAD_GATEWAY, "Event generator unreachable", "The event generator at "
				+ this.generatorUrl + " " + why + "; is it running? (playground.dashboard.generator-url)");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

	private static void copy(HttpHeaders from, HttpHeaders to, String... names) {
		for (String name : names) {
			if (from.containsHeader(name)) {
				to.addAll(name, from.get(name));
			}
		}
	}

}
