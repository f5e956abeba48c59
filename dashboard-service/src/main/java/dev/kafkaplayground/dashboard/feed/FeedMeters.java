package dev.kafkaplayground.dashboard.feed;

/**
 * Names of the meters of a {@link HistoryFeed}.
 *
 * @param held gauge of the records held in memory
 * @param heldDescription its description
 * @param records counter of the records read, tagged {@code outcome="applied"} or
 * {@code "ignored"}
 * @param recordsDescription its description
 */
public record FeedMeters(String held, String heldDescription, String records, String recordsDescription) {

}
