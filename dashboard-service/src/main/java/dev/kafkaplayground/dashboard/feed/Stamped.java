package dev.kafkaplayground.dashboard.feed;

/**
 * A change the dashboard took in, with the id {@link EventIds} gave it.
 *
 * @param <V> the record
 * @param id its place in the order of all changes; higher is later
 * @param value the record
 */
public record Stamped<V>(long id, V value) {

}
