package dev.kafkaplayground.events.catalog;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GameCatalogTests {

	private final GameCatalog catalog = GameCatalog.standard();

	@Test
	void shouldHoldAtLeastOneHundredDistinctGames() {
		assertThat(this.catalog.size()).isGreaterThanOrEqualTo(100);
		assertThat(new HashSet<>(this.catalog.games().stream().map(Game::id).toList())).hasSize(this.catalog.size());
		assertThat(new HashSet<>(this.catalog.games().stream().map(Game::title).toList())).hasSize(this.catalog.size());
	}

	@Test
	void shouldBeDeterministic() {
		assertThat(this.catalog.games().get(0)).isEqualTo(new Game("g-001", "Crimson Frontier", "action", 499));
		assertThat(this.catalog.find("g-120")).isPresent();
	}

	@Test
	void shouldUseEveryGenreAndPositivePrices() {
		assertThat(this.catalog.games().stream().map(Game::genre).distinct()).hasSameSizeAs(GameCatalog.GENRES);
		assertThat(this.catalog.games()).allSatisfy((game) -> assertThat(game.basePriceCents()).isPositive());
	}

}
