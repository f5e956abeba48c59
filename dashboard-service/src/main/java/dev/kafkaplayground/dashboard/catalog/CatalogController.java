package dev.kafkaplayground.dashboard.catalog;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.kafkaplayground.dashboard.web.ContractJson;
import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;

/**
 * {@code GET /api/catalog}: the store's games, so that a page or a {@code curl} user can
 * show titles where the metrics carry game ids. It is the generator's fixed catalog,
 * shared through {@code common-events}; a game id missing from it is still a valid id
 * (shown as the id itself).
 */
@RestController
class CatalogController {

	private final Catalog catalog = new Catalog(GameCatalog.standard().games());

	@GetMapping(path = "/api/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> catalog() {
		return ContractJson.ok(this.catalog);
	}

	/**
	 * The body of {@code /api/catalog}: one object, so that fields can be added.
	 *
	 * @param games every game, in catalog order
	 */
	record Catalog(List<Game> games) {

	}

}
