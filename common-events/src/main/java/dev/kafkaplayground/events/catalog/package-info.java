/**
 * The store's deterministic catalog of fictional games.
 */
package dev.kafkaplayground.events.catalog;
