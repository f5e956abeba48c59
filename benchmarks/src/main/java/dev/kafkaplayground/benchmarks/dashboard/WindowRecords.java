package dev.kafkaplayground.benchmarks.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.catalog.Game;
import dev.kafkaplayground.events.catalog.GameCatalog;
import dev.kafkaplayground.events.metrics.Cart;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.metrics.Late;
import dev.kafkaplayground.events.metrics.Search;
import dev.kafkaplayground.events.metrics.WindowMetrics;

/**
 * Updates of the open window as the processor publishes them for a busy store: the window
 * of the current minute, {@code final} false, with running totals that grow with the time
 * into the minute and activity for every game of the catalog, so that each record has the
 * size of a real one at {@link #EVENTS_PER_SECOND}. Only the timing and the size matter
 * to the dashboard benchmark; the figures are plausible, not a simulation.
 */
final class WindowRecords {

	/** The store traffic the records' size and figures are made for. */
	static final int EVENTS_PER_SECOND = 10_000;

	private static final Duration WINDOW = Duration.ofMinutes(1);

	// shares of the traffic per event type, roughly the generator's normal day
	private static final Map<EventType, Double> SHARES = Map.of(EventType.GAME_PAGE_VIEWED, 0.55,
			EventType.WISHLIST_ACTION, 0.07, EventType.CART_ACTION, 0.12, EventType.PURCHASE, 0.03,
			EventType.SEARCH_PERFORMED, 0.23);

	private final List<Game> games = GameCatalog.standard().games();

	/** The open window's record as of {@code now}, published at {@code now}. */
	WindowMetrics update(Instant now) {
		Instant start = now.truncatedTo(ChronoUnit.MINUTES);
		long events = Math.max(1, Duration.between(start, now).toMillis() * EVENTS_PER_SECOND / 1000);
		Map<EventType, Long> counts = new LinkedHashMap<>();
		SHARES.forEach((type, share) -> counts.put(type, Math.round(events * share)));
		long orders = counts.get(EventType.PURCHASE);
		Map<String, GameActivity> activity = new LinkedHashMap<>();
		long revenue = 0;
		double weights = 0;
		for (int rank = 1; rank <= this.games.size(); rank++) {
			weights += 1.0 / rank;
		}
		for (int rank = 1; rank <= this.games.size(); rank++) {
			Game game = this.games.get(rank - 1);
			double share = 1.0 / rank / weights;
			long purchases = Math.round(orders * share);
			long gameRevenue = purchases * game.basePriceCents();
			revenue += gameRevenue;
			activity.put(game.id(),
					new GameActivity(Math.round(counts.get(EventType.GAME_PAGE_VIEWED) * share),
							Math.round(counts.get(EventType.WISHLIST_ACTION) * share),
							Math.round(counts.get(EventType.CART_ACTION) * share), purchases, gameRevenue));
		}
		long sessions = events / 15;
		long searches = counts.get(EventType.SEARCH_PERFORMED);
		return new WindowMetrics(start, start.plus(WINDOW), false, now, WindowMetrics.eventCounts(counts), revenue,
				orders, new Funnel(sessions, sessions / 5, sessions / 2, orders), new Cart(orders, orders / 8),
				new Search(searches, searches / 12, searches * 6 / 10, searches / 8), activity, Late.NONE);
	}

}
