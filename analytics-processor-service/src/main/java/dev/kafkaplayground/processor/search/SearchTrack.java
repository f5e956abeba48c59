package dev.kafkaplayground.processor.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What one session did with one of its searches.
 *
 * @param searchId the search's id, carried by the page views it led to
 * @param firstClickAt event time of the first page view carrying the id, or
 * {@link SearchProgress#NONE}
 * @param reached game ids whose pages the search led to
 * @param purchased whether the search already counted as leading to a purchase
 */
public record SearchTrack(String searchId, long firstClickAt, List<String> reached, boolean purchased) {

	/** Games remembered per search: more than a search shows. */
	static final int MAX_REACHED = 20;

	public SearchTrack {
		reached = List.copyOf(reached);
	}

	static SearchTrack of(String searchId) {
		return new SearchTrack(searchId, SearchProgress.NONE, List.of(), false);
	}

	SearchTrack clicked(String gameId, long at) {
		List<String> games = new ArrayList<>(this.reached);
		if (!games.contains(gameId) && games.size() < MAX_REACHED) {
			games.add(gameId);
		}
		long first = (this.firstClickAt == SearchProgress.NONE) ? at : Math.min(this.firstClickAt, at);
		return new SearchTrack(this.searchId, first, games, this.purchased);
	}

	SearchTrack bought() {
		return new SearchTrack(this.searchId, this.firstClickAt, this.reached, true);
	}

}
