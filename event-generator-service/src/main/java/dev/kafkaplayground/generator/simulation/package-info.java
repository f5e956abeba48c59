/**
 * The store simulation: the time-of-day traffic driving the crowd of shoppers, on a
 * timeline of its own so that a seed reproduces a run.
 */
package dev.kafkaplayground.generator.simulation;
