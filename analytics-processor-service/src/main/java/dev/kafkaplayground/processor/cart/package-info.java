/**
 * The cart family of metrics: sessions whose cart converted (a purchase) or was abandoned
 * (the session ended with games in its cart and no purchase).
 */
package dev.kafkaplayground.processor.cart;
