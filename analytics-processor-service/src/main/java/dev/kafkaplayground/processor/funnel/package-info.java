/**
 * The funnel family of metrics: sessions reaching each stage (view, wishlist, cart,
 * purchase) for the first time.
 */
package dev.kafkaplayground.processor.funnel;
