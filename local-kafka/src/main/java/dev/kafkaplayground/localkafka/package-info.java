/**
 * The playground's local Kafka: a real single-node KRaft broker started from the Apache
 * Kafka jars on the class path ({@link dev.kafkaplayground.localkafka.LocalKafkaBroker}),
 * and the tool that creates the playground's topics on any broker
 * ({@link dev.kafkaplayground.localkafka.TopicSetup}).
 */
package dev.kafkaplayground.localkafka;
