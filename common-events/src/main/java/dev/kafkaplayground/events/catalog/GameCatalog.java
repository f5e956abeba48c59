package dev.kafkaplayground.events.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fixed catalog of {@value #SIZE} fictional games. It is built by arithmetic, not
 * randomness, so every service and every run sees the same ids, titles, genres and
 * prices. Consumers must still accept any non-empty {@code gameId}: the catalog is the
 * generator's, not a rule of the contract.
 */
public final class GameCatalog {

	public static final int SIZE = 120;

	public static final List<String> GENRES = List.of("action", "adventure", "rpg", "strategy", "simulation", "puzzle",
			"racing", "sports", "horror", "platformer");

	private static final List<String> ADJECTIVES = List.of("Crimson", "Silent", "Neon", "Forgotten", "Iron", "Hollow",
			"Starlit", "Feral", "Gilded", "Frozen", "Electric", "Sunken");

	private static final List<String> NOUNS = List.of("Frontier", "Kingdom", "Circuit", "Odyssey", "Harbor", "Protocol",
			"Orchard", "Citadel", "Drift", "Labyrinth");

	private static final int[] PRICES_CENTS = { 499, 999, 1499, 1999, 2499, 2999, 3999, 4999, 5999, 6999 };

	private static final GameCatalog DEFAULT = new GameCatalog(build());

	private final List<Game> games;

	private final Map<String, Game> byId;

	private GameCatalog(List<Game> games) {
		this.games = List.copyOf(games);
		this.byId = this.games.stream().collect(Collectors.toUnmodifiableMap(Game::id, Function.identity()));
	}

	public static GameCatalog standard() {
		return DEFAULT;
	}

	/** Games in catalog order; index 0 is the most popular in generator scenarios. */
	public List<Game> games() {
		return this.games;
	}

	public Optional<Game> find(String gameId) {
		return Optional.ofNullable(this.byId.get(gameId));
	}

	public int size() {
		return this.games.size();
	}

	private static List<Game> build() {
		List<Game> games = new ArrayList<>(SIZE);
		for (int i = 0; i < SIZE; i++) {
			// 12 adjectives x 10 nouns: every (i % 12, i / 12) pair is distinct, so
			// titles are unique
			String title = ADJECTIVES.get(i % ADJECTIVES.size()) + " " + NOUNS.get(i / ADJECTIVES.size());
			String genre = GENRES.get((i * 7) % GENRES.size());
			int price = PRICES_CENTS[(i * 3 + i / 10) % PRICES_CENTS.length];
			games.add(new Game("g-%03d".formatted(i + 1), title, genre, price));
		}
		return games;
	}

}
