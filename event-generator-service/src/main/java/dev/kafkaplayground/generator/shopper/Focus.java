package dev.kafkaplayground.generator.shopper;

/**
 * A game or a genre that draws a share of the store's attention, as in a viral hit or a
 * launch: {@code share} of the games shoppers look for are the focus.
 *
 * @param gameId the game in focus, or null
 * @param genre the genre in focus (when no game is), or null
 * @param share share of game picks that go to the focus
 */
public record Focus(String gameId, String genre, double share) {

	public Focus {
		if ((gameId == null) == (genre == null)) {
			throw new IllegalArgumentException("a focus names exactly one of a game or a genre");
		}
		ShopperBehaviour.probability("focus.share", share);
	}

	public static Focus game(String gameId, double share) {
		return new Focus(gameId, null, share);
	}

	public static Focus genre(String genre, double share) {
		return new Focus(null, genre, share);
	}

}
