package dev.kafkaplayground.generator.shopper;

import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.metrics.Funnel;

/**
 * One simulated event and the funnel stages it is its session's first of (each 0 or 1),
 * so that the ground truth can count funnels without keeping sessions of its own.
 */
public record Generated(StoreEvent event, Funnel firsts) {

}
