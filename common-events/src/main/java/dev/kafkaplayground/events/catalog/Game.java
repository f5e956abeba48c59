package dev.kafkaplayground.events.catalog;

/**
 * A game of the catalog.
 *
 * @param id stable identifier, e.g. {@code g-042}
 * @param title display title
 * @param genre one of {@link GameCatalog#GENRES}
 * @param basePriceCents list price in US cents
 */
public record Game(String id, String title, String genre, int basePriceCents) {

}
