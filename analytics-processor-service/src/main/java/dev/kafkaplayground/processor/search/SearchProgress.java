package dev.kafkaplayground.processor.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Search;

/**
 * The search family's view of one session, and the definition of the {@code search}
 * section.
 * <ul>
 * <li>{@code searches} and {@code zeroResults} count search events at their time.</li>
 * <li>{@code clickedThrough}: a search counts once, at its first click-through: the
 * earliest page view of the session carrying its {@code searchId} (an earlier one
 * arriving later moves the count).</li>
 * <li>{@code purchased}: a search counts once, at the first purchase of the session that
 * buys a game reached through it, made at or after that game was reached. Either may
 * arrive first: a purchase remembers the games it bought.</li>
 * </ul>
 *
 * @param searches the session's searches that led to page views, oldest first, at most
 * {@link #MAX_SEARCHES}
 * @param bought game ids the session bought, each with its first purchase time
 */
public record SearchProgress(List<SearchTrack> searches, Map<String, Long> bought) {

	public static final long NONE = Long.MIN_VALUE;

	public static final SearchProgress START = new SearchProgress(List.of(), Map.of());

	/** Far more than a visit of the simulated store holds. */
	static final int MAX_SEARCHES = 30;

	static final int MAX_BOUGHT = 60;

	private static final Search CLICKED = new Search(0, 0, 1, 0);

	private static final Search PURCHASED = new Search(0, 0, 0, 1);

	public SearchProgress {
		searches = List.copyOf(searches);
		bought = Map.copyOf(bought);
	}

	/** This progress after an event at {@code at}; search counts go to {@code facts}. */
	public SearchProgress after(StoreEvent event, long at, ObjLongConsumer<Search> facts) {
		if (event instanceof SearchPerformed search) {
			facts.accept(new Search(1, (search.resultCount() == 0) ? 1 : 0, 0, 0), at);
			return this;
		}
		if (event instanceof GamePageViewed view && view.searchId() != null) {
			return clicked(view.searchId(), view.gameId(), at, facts);
		}
		if (event instanceof Purchase purchase) {
			return purchased(purchase, at, facts);
		}
		return this;
	}

	private SearchProgress clicked(String searchId, String gameId, long at, ObjLongConsumer<Search> facts) {
		List<SearchTrack> tracks = new ArrayList<>(this.searches);
		int index = indexOf(searchId);
		SearchTrack before = (index >= 0) ? tracks.remove(index) : SearchTrack.of(searchId);
		SearchTrack track = before.clicked(gameId, at);
		if (track.firstClickAt() != before.firstClickAt()) {
			facts.accept(CLICKED, at);
			if (before.firstClickAt() != NONE) {
				facts.accept(CLICKED.negated(), before.firstClickAt());
			}
		}
		Long boughtAt = this.bought.get(gameId);
		if (!track.purchased() && boughtAt != null && boughtAt >= at) {
			// the purchase arrived before this view, held up on its way
			facts.accept(PURCHASED, boughtAt);
			track = track.bought();
		}
		tracks.add(track);
		if (tracks.size() > MAX_SEARCHES) {
			tracks.remove(0);
		}
		return new SearchProgress(tracks, this.bought);
	}

	private SearchProgress purchased(Purchase purchase, long at, ObjLongConsumer<Search> facts) {
		Map<String, Long> games = new LinkedHashMap<>(this.bought);
		for (Purchase.Item item : purchase.items()) {
			if (games.size() < MAX_BOUGHT || games.containsKey(item.gameId())) {
				games.merge(item.gameId(), at, Math::min);
			}
		}
		List<SearchTrack> tracks = new ArrayList<>(this.searches.size());
		for (SearchTrack track : this.searches) {
			boolean leadsHere = !track.purchased() && track.firstClickAt() <= at
					&& purchase.items().stream().anyMatch((item) -> track.reached().contains(item.gameId()));
			if (leadsHere) {
				facts.accept(PURCHASED, at);
			}
			tracks.add(leadsHere ? track.bought() : track);
		}
		return new SearchProgress(tracks, games);
	}

	private int indexOf(String searchId) {
		for (int i = 0; i < this.searches.size(); i++) {
			if (this.searches.get(i).searchId().equals(searchId)) {
				return i;
			}
		}
		return -1;
	}

}
