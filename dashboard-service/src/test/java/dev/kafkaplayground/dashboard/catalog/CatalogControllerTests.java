package dev.kafkaplayground.dashboard.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.json.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogControllerTests {

	private final WebTestClient client = WebTestClient.bindToController(new CatalogController()).build();

	@Test
	void shouldListEveryGameOfTheCatalogWithItsTitle() {
		byte[] body = this.client.get()
			.uri("/api/catalog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.games[0].id")
			.isEqualTo("g-001")
			.jsonPath("$.games[0].title")
			.isEqualTo("Crimson Frontier")
			.jsonPath("$.games[0].genre")
			.isEqualTo("action")
			.jsonPath("$.games[0].basePriceCents")
			.isEqualTo(499)
			.returnResult()
			.getResponseBody();

		List<Game> games = List
			.of(EventJson.mapper().readValue(EventJson.mapper().readTree(body).get("games").toString(), Game[].class));
		assertThat(games).hasSize(GameCatalog.SIZE).containsExactlyElementsOf(GameCatalog.standard().games());
	}

}
