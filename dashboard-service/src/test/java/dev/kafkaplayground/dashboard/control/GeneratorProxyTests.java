package dev.kafkaplayground.dashboard.control;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorProxyTests {

	private final StubGenerator generator = new StubGenerator();

	private final WebTestClient client = WebTestClient
		.bindToController(new GeneratorProxy(this.generator.url(), GeneratorProxy.ANSWER_TIMEOUT))
		.build();

	@AfterEach
	void stopGenerator() {
		this.generator.close();
	}

	@Test
	void shouldForwardAReadAndPassTheAnswerBack() {
		this.client.get()
			.uri("/api/generator")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.isEqualTo(StubGenerator.STATUS);
		assertThat(this.generator.received().method()).isEqualTo("GET");
		assertThat(this.generator.received().uri()).isEqualTo("/api/generator");
	}

	@Test
	void shouldForwardMethodPathQueryBodyAndContentType() {
		this.client.put()
			.uri("/api/generator/scenario?dry=1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"flash-sale\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(StubGenerator.STATUS);
		StubGenerator.Received received = this.generator.received();
		assertThat(received.method()).isEqualTo("PUT");
		assertThat(received.uri()).isEqualTo("/api/generator/scenario?dry=1");
		assertThat(received.contentType()).isEqualTo("application/json");
		assertThat(received.body()).isEqualTo("{\"name\":\"flash-sale\"}");
	}

	@Test
	void shouldPassTheGeneratorsProblemDetailBackUnchanged() {
		this.client.put()
			.uri("/api/generator/rate")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"eventsPerSecond\":0}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.isEqualTo(StubGenerator.PROBLEM);
	}

	@Test
	void shouldPassAnAnswerWithoutBodyBack() {
		this.client.post().uri("/api/generator/pause").exchange().expectStatus().isNoContent().expectBody().isEmpty();
		assertThat(this.generator.received().method()).isEqualTo("POST");
		assertThat(this.generator.received().body()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/generator/../actuator/env", "/api/generator/%2E%2E/actuator/env",
			"/api/generator/./status" })
	void shouldRefuseAPathThatLeavesTheGeneratorsApi(String path) {
		this.client.get()
			.uri(URI.create(path))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("'path'"));
		assertThat(this.generator.received()).isNull();
	}

	@Test
	void shouldAnswerBadGatewayWhenTheGeneratorCannotBeReached() throws IOException {
		String closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = "http://127.0.0.1:" + socket.getLocalPort();
		}
		WebTestClient.bindToController(new GeneratorProxy(closed, GeneratorProxy.ANSWER_TIMEOUT))
			.build()
			.get()
			.uri("/api/generator")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Event generator unreachable")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains(closed)
				.contains("playground.dashboard.generator-url"));
	}

	@Test
	void shouldAnswerBadGatewayWhenTheGeneratorDoesNotAnswer() {
		WebTestClient.bindToController(new GeneratorProxy(this.generator.url(), Duration.ofMillis(300)))
			.build()
			.get()
			.uri("/api/generator/stuck")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("did not answer within 300 ms"));
	}

}
