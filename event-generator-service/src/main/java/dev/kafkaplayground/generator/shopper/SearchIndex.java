package dev.kafkaplayground.generator.shopper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.random.RandomGenerator;

import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;

/**
 * The store's search: queries are built from the words of catalog titles, a game matches
 * when its title holds every word of the query, and results come in catalog order (the
 * most popular first). Queries that find nothing are misspelt title words.
 */
final class SearchIndex {

	private final GameCatalog catalog;

	private final List<String[]> titleWords;

	/**
	 * Results by query: the queries come from a small vocabulary, so this stays small.
	 */
	private final Map<String, Results> cache = new HashMap<>();

	SearchIndex(GameCatalog catalog) {
		this.catalog = catalog;
		this.titleWords = catalog.games().stream().map(SearchIndex::words).toList();
	}

	/** A query a shopper looking for this game might type: one or two of its words. */
	String queryFor(int catalogIndex, RandomGenerator random) {
		String[] words = this.titleWords.get(catalogIndex);
		if (words.length > 1 && random.nextDouble() < 0.3) {
			return String.join(" ", words);
		}
		return words[random.nextInt(words.length)];
	}

	/** A query that matches no title: a title word with one letter dropped. */
	String zeroResultQuery(RandomGenerator random) {
		for (int attempt = 0; attempt < 10; attempt++) {
			String[] words = this.titleWords.get(random.nextInt(this.titleWords.size()));
			String word = words[random.nextInt(words.length)];
			int drop = 1 + random.nextInt(word.length() - 1);
			String misspelt = word.substring(0, drop) + word.substring(drop + 1);
			if (results(misspelt).count() == 0) {
				return misspelt;
			}
		}
		return "xq" + random.nextInt(1000);
	}

	/** What a search for the query finds. */
	Results results(String query) {
		return this.cache.computeIfAbsent(query, (key) -> {
			List<String> matches = matches(key);
			return new Results(matches.size(),
					List.copyOf(matches.subList(0, Math.min(matches.size(), SearchPerformed.MAX_RESULT_IDS))));
		});
	}

	/**
	 * Ids of every game whose title holds every word of the query, most popular first.
	 */
	private List<String> matches(String query) {
		String[] wanted = words(query);
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < this.titleWords.size(); k++) {
			if (containsAll(this.titleWords.get(k), wanted)) {
				ids.add(this.catalog.games().get(k).id());
			}
		}
		return ids;
	}

	private static boolean containsAll(String[] title, String[] wanted) {
		for (String word : wanted) {
			boolean found = false;
			for (String candidate : title) {
				found |= candidate.equals(word);
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	private static String[] words(Game game) {
		return words(game.title());
	}

	private static String[] words(String text) {
		return text.toLowerCase(Locale.ROOT).trim().split("\\s+");
	}

	/**
	 * What a search found: how many games match and the ids that travel with the search
	 * (the first few).
	 */
	record Results(int count, List<String> shown) {

	}

}
