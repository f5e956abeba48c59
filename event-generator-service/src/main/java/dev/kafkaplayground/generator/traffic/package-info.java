/**
 * When and how fast shoppers arrive: the simulated time of day, its traffic curve,
 * Poisson arrivals and pacing against the wall clock.
 */
package dev.kafkaplayground.generator.traffic;
