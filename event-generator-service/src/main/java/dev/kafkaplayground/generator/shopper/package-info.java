/**
 * Simulated shoppers: sessions that search, view, wishlist, cart and buy games of the
 * catalog, producing events that honour the contract and make sense together.
 */
package dev.kafkaplayground.generator.shopper;
