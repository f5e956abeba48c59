package dev.kafkaplayground.localkafka;

/**
 * One playground topic as the broker reports it after set-up.
 *
 * @param name the topic
 * @param created whether this run created it (otherwise it existed already)
 * @param partitions its partition count
 */
record TopicState(String name, boolean created, int partitions) {

}
