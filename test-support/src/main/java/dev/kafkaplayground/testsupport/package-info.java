/**
 * Test support shared by every module: a real Kafka broker for tests, chosen once per
 * test JVM.
 */
package dev.kafkaplayground.testsupport;
