package dev.kafkaplayground.dashboard.control;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for the event generator's API on a free port: it records the last request it
 * got and answers each path the way the generator does.
 */
final class StubGenerator implements AutoCloseable {

	static final String STATUS = "{\"scenario\":\"normal-day\",\"running\":true}";

	static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
			+ "\"detail\":\"field 'eventsPerSecond' must be greater than or equal to 0.1 but was 0.0\"}";

	private final AtomicReference<Received> received = new AtomicReference<>();

	private final DisposableServer server;

	StubGenerator() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			String contentType = request.requestHeaders().get("Content-Type");
			return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
				this.received.set(new Received(request.method().name(), request.uri(), contentType, body));
				if (request.uri().startsWith("/api/generator/rate")) {
					return response.status(400)
						.header("Content-Type", "application/problem+json")
						.sendString(Mono.just(PROBLEM))
						.then();
				}
				if (request.uri().startsWith("/api/generator/stuck")) {
					return Mono.never();
				}
				if (request.uri().startsWith("/api/generator/pause")) {
					return response.status(204).send().then();
				}
				return response.header("Content-Type", "application/json").sendString(Mono.just(STATUS)).then();
			});
		}).bindNow();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	Received received() {
		return this.received.get();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	record Received(String method, String uri, String contentType, String body) {

	}

}
