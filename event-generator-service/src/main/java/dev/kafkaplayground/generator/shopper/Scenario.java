package dev.kafkaplayground.generator.shopper;

import java.util.List;
import java.util.Optional;

import dev.kafkaplayground.events.catalog.GameCatalog;

/**
 * A preset of the store's traffic: how shoppers behave, how many come compared with the
 * base rate, and what, if anything, draws their attention.
 *
 * @param name the name used in settings and the REST API, e.g. {@code flash-sale}
 * @param description one sentence for people
 * @param behaviour the shoppers' behaviour
 * @param rateMultiplier factor on the base rate (after the time-of-day curve)
 * @param focus the game or genre in focus, or null
 */
public record Scenario(String name, String description, ShopperBehaviour behaviour, double rateMultiplier,
		Focus focus) {

	/** The game that {@code launch-day} launches: the catalog's newest entry. */
	public static final String LAUNCH_TITLE = GameCatalog.standard().games().get(GameCatalog.SIZE - 1).id();

	/** The game that goes viral in {@code viral-game}. */
	public static final String VIRAL_TITLE = "g-042";

	public static final Scenario NORMAL_DAY = new Scenario("normal-day",
			"An ordinary day: popular games sell most, a few are on sale.", ShopperBehaviour.NORMAL, 1.0, null);

	public static final Scenario FLASH_SALE = new Scenario("flash-sale",
			"A third of the catalog is 50% off: more carts, more checkouts, fewer abandoned carts.",
			ShopperBehaviour.NORMAL.withDiscounts(new ShopperBehaviour.Discounts(0.33, 0.5, 3.0))
				.withCheckout(0.20, 0.05)
				.withInterest(0.30, 0.10, 0.03),
			1.5, null);

	public static final Scenario VIRAL_GAME = new Scenario("viral-game",
			"One game (" + VIRAL_TITLE + ") is all over social media: it gets most views, searches and sales.",
			ShopperBehaviour.NORMAL.withEntry(new ShopperBehaviour.EntryMix(0.45, 0.10, 0.10, 0.05, 0.30), 0.35), 1.3,
			Focus.game(VIRAL_TITLE, 0.6));

	public static final Scenario LAUNCH_DAY = new Scenario("launch-day",
			"A new title (" + LAUNCH_TITLE + ") launches: a traffic spike, many pre-planned purchases.",
			ShopperBehaviour.NORMAL.withEntry(new ShopperBehaviour.EntryMix(0.30, 0.15, 0.10, 0.25, 0.20), 0.30)
				.withInterest(0.28, 0.15, 0.03)
				.withCheckout(0.16, 0.06),
			2.5, Focus.game(LAUNCH_TITLE, 0.45));

	public static final Scenario QUIET_NIGHT = new Scenario("quiet-night",
			"Few shoppers, mostly browsing: short visits, few purchases.",
			ShopperBehaviour.NORMAL.withInterest(0.10, 0.08, 0.07).withCheckout(0.06, 0.09), 0.3, null);

	/** Every preset, in the order the documentation lists them. */
	public static final List<Scenario> PRESETS = List.of(NORMAL_DAY, FLASH_SALE, VIRAL_GAME, LAUNCH_DAY, QUIET_NIGHT);

	public Scenario {
		if (!(rateMultiplier > 0 && rateMultiplier <= 100)) {
			throw new IllegalArgumentException(
					"rateMultiplier must be above 0 and at most 100 but was " + rateMultiplier);
		}
	}

	public static Optional<Scenario> named(String name) {
		return PRESETS.stream().filter((scenario) -> scenario.name.equals(name)).findFirst();
	}

	/** The preset names, for error messages and documentation. */
	public static List<String> names() {
		return PRESETS.stream().map(Scenario::name).toList();
	}

}
