/**
 * The games family of metrics: per game, its views, wishlist and cart adds, purchases and
 * revenue, from which trending games are summed.
 */
package dev.kafkaplayground.processor.games;
